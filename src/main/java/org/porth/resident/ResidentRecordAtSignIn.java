package org.porth.resident;

import org.porth.identity.Role;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * A resident's record is found, linked or made as they sign in, outside any transaction, so the
 * pages and services they use next only ever read it.
 */
@Component
class ResidentRecordAtSignIn {

    private final ResidentProfiles profiles;

    ResidentRecordAtSignIn(ResidentProfiles profiles) {
        this.profiles = profiles;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        boolean resident = event.getAuthentication().getAuthorities().stream()
                .anyMatch(authority -> Role.RESIDENT.authority().equals(authority.getAuthority()));
        if (resident) {
            profiles.current();
        }
    }
}

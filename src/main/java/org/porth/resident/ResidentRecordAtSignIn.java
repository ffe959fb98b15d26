package org.porth.resident;

import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.resident.internal.ResidentAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * A resident's record is found, linked or made as they sign in, outside any transaction, so the
 * pages and services they use next only ever read it; and it notes whether this sign-in verified
 * their email, which decides whether reports naming that email are theirs (decision 0048).
 */
@Component
class ResidentRecordAtSignIn {

    private final ResidentProfiles profiles;
    private final ResidentAccounts accounts;
    private final CurrentUser currentUser;

    ResidentRecordAtSignIn(ResidentProfiles profiles, ResidentAccounts accounts, CurrentUser currentUser) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        boolean resident = event.getAuthentication().getAuthorities().stream()
                .anyMatch(authority -> Role.RESIDENT.authority().equals(authority.getAuthority()));
        if (resident) {
            profiles.current();
            currentUser.get().ifPresent(user -> accounts.signedInWith(user.id(), currentUser.verifiedEmail()));
        }
    }
}

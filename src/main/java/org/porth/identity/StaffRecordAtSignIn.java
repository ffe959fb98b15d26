package org.porth.identity;

import org.porth.identity.internal.StaffNameRecorder;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * A member of staff's name goes into the staff directory as they sign in through the staff
 * registration, from their provider's {@code name} claim (or given and family name), so colleagues
 * see "Cara Jones" rather than an account id, and a change of name at the provider follows.
 */
@Component
class StaffRecordAtSignIn {

    private final StaffNameRecorder recorder;
    private final IdentityProperties properties;

    StaffRecordAtSignIn(StaffNameRecorder recorder, IdentityProperties properties) {
        this.recorder = recorder;
        this.properties = properties;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof OAuth2AuthenticationToken token
                && token.getAuthorizedClientRegistrationId().equals(properties.staffRegistration())) {
            SignedInUser staff = CurrentUser.toUser(token);
            if (staff.isStaff()) {
                recorder.record(staff.id(), staff.name());
            }
        }
    }
}

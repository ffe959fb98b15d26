package org.porth.channels;

import java.util.List;

import org.porth.channels.internal.ResidentConsents;
import org.porth.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The apps a resident allowed to act for them (My account), each removable at once. Only the
 * signed-in resident's own: the authorization server knows them by their sign-in subject, the part
 * of the portal's account id after {@code resident:}.
 */
@Service
public class AllowedApps {

    private static final String RESIDENT_ACCOUNT = "resident:";

    private final ResidentConsents consents;
    private final CurrentUser currentUser;

    AllowedApps(ResidentConsents consents, CurrentUser currentUser) {
        this.consents = consents;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public List<AllowedApp> mine() {
        return consents.of(principal());
    }

    /** The app can no longer act for the resident: its tokens stop working at once. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional
    public void remove(String clientId) {
        consents.remove(principal(), clientId);
    }

    private String principal() {
        String account = currentUser.get().orElseThrow().id();
        // a resident's account always starts so (CurrentUser); anything else has no apps
        return account.startsWith(RESIDENT_ACCOUNT) ? account.substring(RESIDENT_ACCOUNT.length()) : account;
    }
}

package org.porth.resident.internal;

import org.porth.identity.CurrentUser;
import org.porth.resident.ConsentId;
import org.porth.resident.ResidentId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the signed-in person is the resident a request is about: the access rules of
 * ResidentProfiles call it as {@code @residentAccess}. A resident reaches their own record only.
 */
@Component("residentAccess")
public class ResidentAccess {

    private final CurrentUser currentUser;
    private final ResidentRepository residents;
    private final ResidentConsentRepository consents;

    ResidentAccess(CurrentUser currentUser, ResidentRepository residents, ResidentConsentRepository consents) {
        this.currentUser = currentUser;
        this.residents = residents;
        this.consents = consents;
    }

    @Transactional(readOnly = true)
    public boolean isSelf(ResidentId id) {
        if (id != null && currentUser.actingForResident().isPresent()) {
            return currentUser.actingForResident().get().equals(id.value());
        }
        return id != null && currentUser.get()
                .map(user -> residents.existsByIdAndAccountId(id.value(), user.id()))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean ownsConsent(ConsentId id) {
        return id != null && consents.findById(id.value())
                .map(consent -> isSelf(new ResidentId(consent.residentId())))
                .orElse(false);
    }
}

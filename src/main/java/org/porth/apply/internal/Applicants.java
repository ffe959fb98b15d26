package org.porth.apply.internal;

import java.util.Optional;

import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.identity.SignedInUser;
import org.porth.resident.Profile;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.springframework.stereotype.Component;

/**
 * Who may work on a draft: the resident it belongs to, or the officer who is filling it in for
 * them. Anyone else is told there is no such draft, which reveals nothing.
 */
@Component
public class Applicants {

    private final CurrentUser currentUser;
    private final ResidentProfiles residents;

    Applicants(CurrentUser currentUser, ResidentProfiles residents) {
        this.currentUser = currentUser;
        this.residents = residents;
    }

    public Optional<Draft> mayUse(Draft draft) {
        SignedInUser user = currentUser.get().orElseThrow();
        if (isOfficer(user)) {
            return user.id().equals(draft.officerId()) ? Optional.of(draft) : Optional.empty();
        }
        return user.has(Role.RESIDENT) && draft.residentId().equals(currentResident().id().toString())
                ? Optional.of(draft) : Optional.empty();
    }

    public Optional<SubmittedRequest> mayRead(SubmittedRequest request) {
        SignedInUser user = currentUser.get().orElseThrow();
        if (isOfficer(user)) {
            return user.id().equals(request.officerId()) ? Optional.of(request) : Optional.empty();
        }
        return user.has(Role.RESIDENT) && request.residentId().equals(currentResident().id().toString())
                ? Optional.of(request) : Optional.empty();
    }

    /** The signed-in resident, their record made on first use. */
    public Profile currentResident() {
        return residents.current();
    }

    public Optional<Profile> resident(String residentId) {
        return residents.profile(ResidentId.of(residentId));
    }

    public boolean isOfficer() {
        return currentUser.get().map(Applicants::isOfficer).orElse(false);
    }

    public String officerId() {
        return currentUser.get().orElseThrow().id();
    }

    private static boolean isOfficer(SignedInUser user) {
        return user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR);
    }
}

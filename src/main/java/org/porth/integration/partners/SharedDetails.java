package org.porth.integration.partners;

import java.util.List;

import org.porth.integration.partners.internal.DetailsSharedStore;
import org.porth.resident.ResidentProfiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who received the signed-in resident's details, and when: every party they went to with the
 * resident's consent. A referral made without it (to keep them safe, say) is not listed: telling them
 * could put them at risk, and the officer's justification is what supervisors check instead.
 */
@Service
public class SharedDetails {

    private final DetailsSharedStore shared;
    private final ResidentProfiles profiles;

    SharedDetails(DetailsSharedStore shared, ResidentProfiles profiles) {
        this.shared = shared;
        this.profiles = profiles;
    }

    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public List<DetailsShared> mine() {
        return shared.of(profiles.current().id().toString()).stream()
                .filter(entry -> LawfulBasis.valueOf(entry.reason()).residentTold()).toList();
    }
}

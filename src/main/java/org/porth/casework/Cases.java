package org.porth.casework;

import java.util.Optional;

import org.porth.casework.internal.CaseClaims;
import org.porth.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff working cases: taking the next one from their teams' queues. */
@Service
public class Cases {

    static final String STAFF = "hasAnyRole('CASEWORKER', 'SUPERVISOR')";
    static final String ADMIN = "hasRole('ADMIN')";

    private final CaseClaims claims;
    private final CurrentUser currentUser;

    Cases(CaseClaims claims, CurrentUser currentUser) {
        this.claims = claims;
        this.currentUser = currentUser;
    }

    /**
     * Gives the officer the most urgent unassigned case in their teams' queues (then the soonest
     * due) and assigns it to them. Officers pressing it at the same moment never get the same case.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public Optional<CaseSummary> takeNext() {
        return claims.next(currentUser.get().orElseThrow().id());
    }
}

package org.porth.casework;

import java.time.Clock;
import java.util.Optional;

import org.porth.casework.internal.CaseClaims;
import org.porth.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Cases(CaseClaims claims, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.claims = claims;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Gives the officer the most urgent unassigned case in their teams' queues (then the soonest
     * due) and assigns it to them. Officers pressing it at the same moment never get the same case.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public Optional<CaseSummary> takeNext() {
        String officer = currentUser.get().orElseThrow().id();
        Optional<CaseSummary> taken = claims.next(officer);
        // the claim writes its timeline entries itself, in as few statements as it can: say here what it did
        taken.ifPresent(summary -> events.publishEvent(new CaseActivity(summary.reference(), summary.queueId(),
                TimelineKind.ASSIGNED, officer, clock.instant())));
        return taken;
    }
}

package org.porth.casework;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.porth.casework.internal.CaseDetailsReader;
import org.porth.casework.internal.ServiceCase;
import org.porth.casework.internal.ServiceCaseRepository;
import org.porth.casework.internal.Teams;
import org.porth.casework.internal.Timeline;
import org.porth.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff working cases: taking the next one from their teams' queues. */
@Service
public class Cases {

    static final String STAFF = "hasAnyRole('CASEWORKER', 'SUPERVISOR')";
    static final String ADMIN = "hasRole('ADMIN')";

    private final ServiceCaseRepository cases;
    private final Teams teams;
    private final Timeline timeline;
    private final CurrentUser currentUser;
    private final Clock clock;

    Cases(ServiceCaseRepository cases, Teams teams, Timeline timeline, CurrentUser currentUser, Clock clock) {
        this.cases = cases;
        this.teams = teams;
        this.timeline = timeline;
        this.currentUser = currentUser;
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
        List<String> queues = teams.queuesOf(officer);
        if (queues.isEmpty()) {
            return Optional.empty();
        }
        return cases.nextToTake(queues).map(id -> {
            ServiceCase taken = cases.findById(id).orElseThrow();
            taken.assignTo(officer, clock.instant());
            timeline.assigned(taken, officer, officer);
            if (taken.status() == CaseStatus.SUBMITTED) {
                taken.moveTo(CaseStatus.IN_TRIAGE, clock.instant());
                timeline.statusChanged(taken, officer, null);
            }
            return CaseDetailsReader.summary(taken);
        });
    }
}

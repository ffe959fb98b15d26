package org.porth.casework;

import java.util.List;

import org.porth.casework.internal.BreachedCaseRepository;
import org.porth.casework.internal.CaseDetailsReader;
import org.porth.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What needs a supervisor's attention: the open cases the service-level watch found past due, in
 * the queues of the teams they supervise. A case leaves the list when it gets an outcome.
 */
@Service
public class SupervisorAttention {

    private final BreachedCaseRepository breached;
    private final CurrentUser currentUser;

    SupervisorAttention(BreachedCaseRepository breached, CurrentUser currentUser) {
        this.breached = breached;
        this.currentUser = currentUser;
    }

    /** The breached open cases in the signed-in supervisor's teams' queues, longest overdue first. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<CaseSummary> breachedInMyTeams() {
        String supervisor = currentUser.get().orElseThrow().id();
        return breached.inTeamsSupervisedBy(supervisor).stream().map(CaseDetailsReader::summary).toList();
    }
}

package org.porth.casework;

import java.util.List;

import org.porth.apply.RequestSubmitted;
import org.porth.casework.internal.BackdatedSteps;
import org.porth.casework.internal.CaseOpening;
import org.porth.identity.SystemTask;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo year's cases (decision 0066; never in {@code prod}): opened as every case is, with the
 * request's own time for its clock, then taken through their steps at the times the plan gives
 * rather than the clock's now, which no ordinary entry point allows. Only the demo's system task may
 * call it, in the transaction that sent the request.
 */
@Service
@Profile("!prod")
public class DemoCases {

    private final CaseOpening opening;
    private final BackdatedSteps steps;

    DemoCases(CaseOpening opening, BackdatedSteps steps) {
        this.opening = opening;
        this.steps = steps;
    }

    /** Opens the case of a request sent in this transaction and takes it through its steps, in order. */
    @PreAuthorize("hasAuthority('" + SystemTask.INSIGHT_DEMO_AUTHORITY + "')")
    @Transactional(propagation = Propagation.MANDATORY)
    public String open(RequestSubmitted request, List<DemoStep> happened) {
        return steps.apply(opening.openNew(request), happened);
    }
}

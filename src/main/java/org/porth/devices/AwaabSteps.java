package org.porth.devices;

import java.util.List;

import org.porth.casework.ResidentCases;
import org.porth.devices.AwaabStep.Kind;
import org.porth.devices.internal.AwaabClock;
import org.porth.identity.CurrentUser;
import org.porth.identity.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Awaab's Law steps of a case, for the officer who records them and the tenant whose home it is. */
@Service
public class AwaabSteps {

    private final AwaabClock clock;
    private final ResidentCases residentCases;
    private final CurrentUser currentUser;

    AwaabSteps(AwaabClock clock, ResidentCases residentCases, CurrentUser currentUser) {
        this.clock = clock;
        this.residentCases = residentCases;
        this.currentUser = currentUser;
    }

    /** The case's steps in order, with their due dates; none when it is not on the Awaab's Law clock. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AwaabStep> forCase(String caseReference) {
        return clock.steps(caseReference);
    }

    /** The steps of the signed-in tenant's own request (refused, as not found, for anyone else's). */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public List<AwaabStep> forMyRequest(String reference) {
        residentCases.open(reference);
        return clock.steps(reference);
    }

    /** The officer records a step done now; the investigation done starts the steps that follow it. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public List<AwaabStep> record(String caseReference, Kind step) {
        String officer = currentUser.get().map(SignedInUser::id).orElseThrow();
        clock.done(caseReference, step, officer);
        return clock.steps(caseReference);
    }
}

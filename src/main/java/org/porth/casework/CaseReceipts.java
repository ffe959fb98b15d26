package org.porth.casework;

import java.time.Instant;

import org.porth.apply.RequestSubmitted;
import org.porth.casework.internal.CaseOpening;
import org.porth.casework.internal.ServiceCase;
import org.porth.casework.internal.ServiceCaseRepository;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Text;
import org.springframework.dao.DataIntegrityViolationException;
import org.porth.identity.SystemTask;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The case of a request an API client has just sent, opened at once so the client's answer can say
 * where it stands. It is the same opening as the event's ({@link CaseOpening}), which does nothing
 * for a request that already has its case: whichever comes first opens it, once.
 */
@Service
public class CaseReceipts {

    private final CaseOpening opening;
    private final ServiceCaseRepository cases;
    private final Teams teams;

    CaseReceipts(CaseOpening opening, ServiceCaseRepository cases, Teams teams) {
        this.opening = opening;
        this.cases = cases;
        this.teams = teams;
    }

    /** Where a new case stands: its status, due date and the public name of the queue that works it. */
    public record Receipt(CaseStatus status, Instant dueAt, Text queueName) {
    }

    @PreAuthorize("hasAnyAuthority('SCOPE_requests:write', 'SCOPE_open311', '" + SystemTask.DEVICE_SIGNALS_AUTHORITY + "')")
    public Receipt open(RequestSubmitted request) {
        try {
            opening.open(request);
        } catch (DataIntegrityViolationException openedByTheEventMeanwhile) {
            // the event's listener opened it between the check and the insert: read that one
        }
        ServiceCase opened = cases.findByReference(request.reference().value()).orElseThrow();
        Text queue = teams.queueNames().getOrDefault(opened.queueId(), new Text(opened.queueId(), opened.queueId()));
        return new Receipt(opened.status(), opened.dueAt(), queue);
    }
}

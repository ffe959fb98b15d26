package org.porth.casework;

import java.time.Instant;

import org.porth.apply.CompleteRequests.SentRequest;
import org.porth.casework.internal.CaseOpening;
import org.porth.casework.internal.ServiceCase;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Text;
import org.porth.identity.SystemTask;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case of a request an API client has just sent, opened at once so the client's answer can say
 * where it stands. It is the same opening as the event's ({@link CaseOpening}), in the transaction
 * that submits the request: the event reaches its listener only after that commits, and the listener
 * finds the case opened and does nothing, so the request opens one case.
 */
@Service
public class CaseReceipts {

    private final CaseOpening opening;
    private final Teams teams;

    CaseReceipts(CaseOpening opening, Teams teams) {
        this.opening = opening;
        this.teams = teams;
    }

    /** Where a new case stands: its status, due date and the public name of the queue that works it. */
    public record Receipt(CaseStatus status, Instant dueAt, Text queueName) {
    }

    /**
     * In the transaction that submitted the request (one is required). A request sent just now in
     * it cannot have a case yet, so none is looked for; one sent before (an upload sent again) may.
     */
    @PreAuthorize("hasAnyAuthority('SCOPE_requests:write', 'SCOPE_open311', '" + SystemTask.DEVICE_SIGNALS_AUTHORITY + "')")
    @Transactional(propagation = Propagation.MANDATORY)
    public Receipt open(SentRequest sent) {
        ServiceCase opened = sent.sentNow() ? opening.openNew(sent.submitted()) : opening.open(sent.submitted());
        Text queue = teams.queueNames().getOrDefault(opened.queueId(), new Text(opened.queueId(), opened.queueId()));
        return new Receipt(opened.status(), opened.dueAt(), queue);
    }
}

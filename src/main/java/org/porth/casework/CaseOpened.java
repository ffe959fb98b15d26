package org.porth.casework;

import java.time.Instant;

/**
 * A submitted request opened its case: routed to its queue, its ward found (null when the service
 * has none). Published once, in the transaction that opens the case, for integration events.
 */
public record CaseOpened(String reference, String requestId, String serviceId, String ward, String queueId,
        CaseStatus status, Instant at) {
}

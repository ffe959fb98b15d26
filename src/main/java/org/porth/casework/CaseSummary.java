package org.porth.casework;

import java.time.Instant;

/** A case as a queue lists it. */
public record CaseSummary(String reference, String serviceId, String queueId, CaseStatus status, Priority priority,
        String ward, String assignedTo, Instant submittedAt, Instant dueAt, SlaState slaState, String routedByRule) {
}

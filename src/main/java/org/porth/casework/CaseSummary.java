package org.porth.casework;

import java.time.Instant;

import org.porth.catalogue.Text;

/**
 * A case as a queue lists it.
 *
 * @param about what the request is about, in one line per language (e.g. "Leaking pipe – Kitchen");
 *              empty for cases opened before the line was written
 */
public record CaseSummary(String reference, String serviceId, String queueId, CaseStatus status, Priority priority,
        String ward, String assignedTo, Instant submittedAt, Instant dueAt, SlaState slaState, String routedByRule,
        Text about) {
}

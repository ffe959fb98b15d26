package org.porth.casework;

import java.time.Instant;

/**
 * An open case has used 80% of its service-level time (office hours from submission to due), for
 * notifications to the officers working it. Published once for a case.
 */
public record CaseAtRisk(String reference, String queueId, Instant dueAt) {
}

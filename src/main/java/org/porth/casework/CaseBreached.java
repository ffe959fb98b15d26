package org.porth.casework;

import java.time.Instant;

/**
 * An open case is past due: it now needs its team's supervisors' attention, and notifications say
 * so. Published once for a case.
 */
public record CaseBreached(String reference, String queueId, Instant dueAt) {
}

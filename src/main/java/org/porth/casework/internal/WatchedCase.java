package org.porth.casework.internal;

import java.time.Instant;

import org.porth.casework.SlaState;

/**
 * An open case as the service-level watch sees it: its clock and where it stands.
 *
 * @param pausedAt when its clock was paused (awaiting the resident), or null while it runs
 */
record WatchedCase(String id, String reference, String queueId, Instant submittedAt, Instant dueAt, Instant pausedAt,
        SlaState slaState) {
}

package org.porth.casework;

import java.time.Instant;

/**
 * Something happened to a case: what its timeline records ({@code kind}), by whom ({@code actor}:
 * the officer's id; null for the resident and the service-level watch). Published in the
 * transaction of the change for every timeline entry, and for a case taken from a queue, so that
 * open staff pages show it ({@link CaseChanges}); a change that writes several entries publishes
 * them in order, its main one first.
 */
public record CaseActivity(String reference, String queueId, TimelineKind kind, String actor, Instant at) {
}

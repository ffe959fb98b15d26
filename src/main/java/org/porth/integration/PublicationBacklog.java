package org.porth.integration;

import java.time.Instant;

/**
 * Integration events not yet confirmed by the broker.
 *
 * @param relayed          whether a broker is configured; without one, events are recorded only
 * @param oldestRecordedAt when the oldest of them was recorded; null when none waits
 */
public record PublicationBacklog(boolean relayed, int waiting, Instant oldestRecordedAt) {
}

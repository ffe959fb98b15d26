package org.porth.integration.internal;

import java.time.Duration;

/**
 * The relay's settings ({@code porth.events.relay.*}).
 *
 * @param batchSize   how many due events one read of the log takes
 * @param maxInFlight how many events may wait for their confirm at once (more batches go while fewer wait)
 * @param turn        how long one turn keeps sending before it ends (its job lock's transaction is
 *                    that long at least): then it waits for its answers, and the next turn starts at once
 */
record RelaySettings(int batchSize, int maxInFlight, Duration turn) {
}

package org.porth.integration;

import java.time.Instant;
import java.util.UUID;

/**
 * An integration event the broker has not confirmed after a try: what administrators see.
 *
 * @param lastError     why the last try failed (unroutable, not confirmed, connection lost)
 * @param nextAttemptAt when the relay tries it again
 */
public record UnconfirmedEvent(UUID id, String type, String subject, Instant recordedAt, int attempts,
        String lastError, Instant nextAttemptAt) {
}

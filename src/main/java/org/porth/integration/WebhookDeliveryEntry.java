package org.porth.integration;

import java.time.Instant;
import java.util.UUID;

/**
 * One event's delivery to one endpoint, as its log shows it.
 *
 * @param status    PENDING (failing when {@code lastError} is set), SENDING, SENT, FAILED (out of time),
 *                  DISABLED (the endpoint was off) or REFUSED (the partner may not receive it)
 * @param lastError the last failure or the refusal's reason; null when there was none
 */
public record WebhookDeliveryEntry(UUID id, UUID eventId, String eventType, String subject, String status, int attempts,
        String lastError, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt) {

    /** Whether an administrator may send it again (it is not waiting to go, and it was not refused). */
    public boolean mayBeSentAgain() {
        return switch (status) {
            case "SENT", "FAILED", "DISABLED" -> true;
            default -> false;
        };
    }
}

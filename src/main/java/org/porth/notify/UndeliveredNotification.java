package org.porth.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification that did not go, for administrators: never its text or address, only what they
 * need to decide on a retry.
 *
 * @param uncertain true when a worker stopped while sending it: it may have been delivered
 * @param reason    why it failed, as the mail server or GOV.UK Notify said
 */
public record UndeliveredNotification(UUID id, NotificationKind kind, NotificationChannel channel, String reference,
        boolean uncertain, int attempts, String reason, Instant createdAt) {
}

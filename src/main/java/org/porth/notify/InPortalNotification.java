package org.porth.notify;

import java.time.Instant;
import java.util.UUID;

/** A notification in the resident's portal: what happened to which request, and whether they read it. */
public record InPortalNotification(UUID id, NotificationKind kind, String reference, String title, String text,
        String link, Instant createdAt, boolean read) {
}

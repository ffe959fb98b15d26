package org.porth.notify.internal;

import java.util.UUID;

import org.porth.notify.NotificationChannel;

/** A notification a worker has claimed to send: it holds it until its lease runs out. */
record Claimed(UUID id, NotificationChannel channel, String address, String reference, String subject, String body,
        int attempts) {
}

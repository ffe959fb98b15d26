package org.porth.notify.internal;

import java.util.UUID;

import org.porth.notify.NotificationChannel;
import org.porth.notify.NotificationKind;
import org.porth.shared.Language;

/**
 * A notification to write to the outbox.
 *
 * @param dedupeKey  the cause, person and channel: writing the same key again writes nothing
 * @param residentId null for staff
 * @param staffId    null for residents
 * @param address    email address or phone number; null in the portal
 */
record NewNotification(String dedupeKey, NotificationKind kind, NotificationChannel channel, UUID residentId,
        String staffId, String address, Language language, String reference, Message message) {
}

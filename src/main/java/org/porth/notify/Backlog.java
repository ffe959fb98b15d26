package org.porth.notify;

import java.time.Duration;
import java.time.Instant;

/**
 * The notifications of one channel that are not delivered yet: waiting for their first try, being
 * sent, or waiting to be tried again after a temporary failure (the mail server down, say).
 *
 * @param waiting     how many
 * @param retrying    how many of them have failed at least once and wait to be tried again
 * @param oldestSince when the oldest of them was written
 * @param lastError   the error of the latest failed try among them; null when none has failed
 * @param alertSince  since when administrators have been told that the oldest waits too long; null when not
 */
public record Backlog(NotificationChannel channel, int waiting, int retrying, Instant oldestSince, String lastError,
        Instant alertSince) {

    public Duration oldestWait(Instant now) {
        return Duration.between(oldestSince, now);
    }
}

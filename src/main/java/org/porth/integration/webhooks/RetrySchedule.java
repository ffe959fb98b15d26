package org.porth.integration.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: the first wait doubled for each try made, no longer than the
 * longest, jittered between half and all of it (so deliveries that failed together spread out); or what
 * the receiver asked for in {@code Retry-After}, within the longest. Null when the next try would fall
 * after {@code giveUpAfter} from the event: the delivery has failed.
 */
record RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {

    static RetrySchedule of(WebhookProperties properties) {
        return new RetrySchedule(properties.firstRetry(), properties.longestRetry(), properties.giveUpAfter());
    }

    Instant next(Instant now, int attempts, Duration retryAfter, Instant eventAt) {
        Duration wait = retryAfter != null ? min(retryAfter, longest) : jittered(attempts);
        Instant next = now.plus(wait);
        return next.isAfter(eventAt.plus(giveUpAfter)) ? null : next;
    }

    private Duration jittered(int attempts) {
        long wait = first.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
        wait = Math.min(wait, longest.toMillis());
        return Duration.ofMillis(wait / 2 + ThreadLocalRandom.current().nextLong(wait / 2 + 1));
    }

    private static Duration min(Duration one, Duration other) {
        return one.compareTo(other) < 0 ? one : other;
    }
}

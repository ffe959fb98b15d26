package org.porth.notify.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try again after a temporary failure: the first delay doubled for each attempt made, no
 * longer than the longest, and a random part of it (full jitter above half the delay), so that
 * notifications that failed together (the mail server was down) do not all come back together.
 */
record Backoff(Duration first, Duration longest) {

    /** The wait after the given number of attempts (1 after the first failure). */
    Duration after(int attempts) {
        long delay = first.toMillis();
        for (int doubled = 1; doubled < attempts && delay < longest.toMillis(); doubled++) {
            delay *= 2;
        }
        delay = Math.min(delay, longest.toMillis());
        long half = delay / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}

package org.porth.channels;

import java.time.Duration;
import java.util.Optional;

/**
 * How many API calls a client may make: the API asks this on each call. The portal's default answers
 * from configuration for every client ({@code porth.api.rate-limit.*}); a bean of this type that knows
 * each registered client's own limit takes its place.
 */
public interface ApiRateLimitSource {

    /** The client's own limit, if it has one; empty for the configured default. */
    Optional<RateLimit> limitFor(String clientId);

    /** {@code requests} calls every {@code period}, refilled steadily. */
    record RateLimit(long requests, Duration period) {

        public RateLimit {
            if (requests < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A rate limit needs at least one call in a positive period");
            }
        }
    }
}

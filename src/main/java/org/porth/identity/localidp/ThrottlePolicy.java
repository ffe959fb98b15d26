package org.porth.identity.localidp;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How failed sign-ins hold back the next attempts of one subject (an account, or a client address).
 * The first {@code freeFailures} cost nothing; after each further one the next attempt must wait,
 * {@code firstDelay} and doubling up to {@code longestDelay}; failure number {@code lockAfter} locks
 * the subject for {@code lockFor}, and so does every failure after a lock, until a success (for an
 * account) or until {@code forgetAfter} passes without a failure. Attempts that are held back are
 * refused without checking the password, and do not count.
 */
record ThrottlePolicy(int freeFailures, Duration firstDelay, Duration longestDelay, int lockAfter, Duration lockFor,
        Duration forgetAfter) {

    ThrottlePolicy {
        if (freeFailures < 0 || lockAfter <= freeFailures) {
            throw new IllegalArgumentException("A sign-in throttle needs 0 <= free-failures < lock-after, not "
                    + freeFailures + " and " + lockAfter);
        }
        for (Duration duration : new Duration[] {firstDelay, longestDelay, lockFor, forgetAfter}) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("A sign-in throttle's delays and lock must be positive durations");
            }
        }
    }

    /** Until when an attempt made now is refused, if it is. */
    Optional<Instant> heldUntil(ThrottleState state, Instant now) {
        ThrottleState current = current(state, now);
        if (current.lockedUntil() != null && now.isBefore(current.lockedUntil())) {
            return Optional.of(current.lockedUntil());
        }
        if (current.failures() <= freeFailures || current.failures() >= lockAfter) {
            return Optional.empty();
        }
        Instant waitUntil = current.lastFailureAt().plus(delayAfter(current.failures()));
        return now.isBefore(waitUntil) ? Optional.of(waitUntil) : Optional.empty();
    }

    /** The state after a failure now; locked if this failure locks the subject. */
    ThrottleState afterFailure(ThrottleState state, Instant now) {
        int failures = current(state, now).failures() + 1;
        return new ThrottleState(failures, now, failures >= lockAfter ? now.plus(lockFor) : null);
    }

    /** Whether the state is old enough to be forgotten: no lock on, and no failure for {@code forgetAfter}. */
    boolean forgets(ThrottleState state, Instant now) {
        boolean locked = state.lockedUntil() != null && now.isBefore(state.lockedUntil());
        boolean failedRecently = state.lastFailureAt() != null && now.isBefore(state.lastFailureAt().plus(forgetAfter));
        return !locked && !failedRecently;
    }

    private ThrottleState current(ThrottleState state, Instant now) {
        return forgets(state, now) ? ThrottleState.NONE : state;
    }

    /** The wait after failure number {@code failures}: the first delay for the first failure that is not free, doubling. */
    private Duration delayAfter(int failures) {
        int doublings = failures - freeFailures - 1;
        if (doublings >= 30) {
            return longestDelay;
        }
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}

package org.porth.identity.localidp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * The throttle's rule for one account, as configured by default: three failures free, then waits of
 * 5 s doubling up to a minute, the tenth failure locks for 15 minutes, and an hour without failures
 * forgets it all. Time is a fixed clock that the test moves on.
 */
class ThrottlePolicyTest {

    private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");

    private final ThrottlePolicy policy = new ThrottlePolicy(3, Duration.ofSeconds(5), Duration.ofMinutes(1), 10,
            Duration.ofMinutes(15), Duration.ofHours(1));
    private Clock clock = Clock.fixed(START, ZoneOffset.UTC);
    private ThrottleState state = ThrottleState.NONE;

    @Test
    void theFirstFailuresCostNothing() {
        fail(3);

        assertThat(policy.heldUntil(state, now())).isEmpty();
    }

    @Test
    void eachFailureAfterTheFreeOnesMakesTheNextAttemptWaitLonger() {
        fail(4);
        assertThat(policy.heldUntil(state, now())).contains(now().plusSeconds(5));
        later(Duration.ofSeconds(5));
        assertThat(policy.heldUntil(state, now())).as("the wait is over").isEmpty();

        fail(1);
        assertThat(policy.heldUntil(state, now())).contains(now().plusSeconds(10));
        later(Duration.ofSeconds(10));
        fail(1);
        assertThat(policy.heldUntil(state, now())).contains(now().plusSeconds(20));
    }

    @Test
    void theWaitsStopGrowingAtTheLongest() {
        fail(9);

        assertThat(policy.heldUntil(state, now())).contains(now().plus(Duration.ofMinutes(1)));
    }

    @Test
    void theTenthFailureLocksForFifteenMinutes() {
        fail(9);
        later(Duration.ofMinutes(1));
        fail(1);
        Instant lockedAt = now();

        assertThat(state.lockedUntil()).isEqualTo(lockedAt.plus(Duration.ofMinutes(15)));
        later(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(policy.heldUntil(state, now())).as("still locked").contains(lockedAt.plus(Duration.ofMinutes(15)));
        later(Duration.ofSeconds(1));
        assertThat(policy.heldUntil(state, now())).as("the lock has passed").isEmpty();
    }

    @Test
    void aFailureAfterALockLocksAgainAtOnce() {
        fail(10);
        later(Duration.ofMinutes(15));

        fail(1);

        assertThat(state.failures()).isEqualTo(11);
        assertThat(policy.heldUntil(state, now())).contains(now().plus(Duration.ofMinutes(15)));
    }

    @Test
    void anHourWithoutFailuresForgetsThem() {
        fail(5);
        later(Duration.ofMinutes(59));
        assertThat(policy.forgets(state, now())).isFalse();
        later(Duration.ofMinutes(1));

        assertThat(policy.forgets(state, now())).isTrue();
        fail(1);
        assertThat(state.failures()).as("counted from the start again").isEqualTo(1);
        assertThat(policy.heldUntil(state, now())).isEmpty();
    }

    @Test
    void aLockIsNeverForgottenWhileItLasts() {
        ThrottlePolicy quickToForget = new ThrottlePolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1), 1,
                Duration.ofHours(2), Duration.ofHours(1));
        ThrottleState locked = quickToForget.afterFailure(ThrottleState.NONE, now());

        assertThat(quickToForget.forgets(locked, now().plus(Duration.ofMinutes(90)))).isFalse();
        assertThat(quickToForget.heldUntil(locked, now().plus(Duration.ofMinutes(90))))
                .contains(now().plus(Duration.ofHours(2)));
    }

    @Test
    void aPolicyThatWouldNeverLockIsRefused() {
        assertThatThrownBy(() -> new ThrottlePolicy(10, Duration.ofSeconds(5), Duration.ofMinutes(1), 10,
                Duration.ofMinutes(15), Duration.ofHours(1)))
                .hasMessageContaining("free-failures < lock-after");
    }

    /** Fails this many times, each when the previous failure's wait is over, as a patient attacker would. */
    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            policy.heldUntil(state, now()).ifPresent(until -> clock = Clock.fixed(until, ZoneOffset.UTC));
            state = policy.afterFailure(state, now());
        }
    }

    private void later(Duration duration) {
        clock = Clock.offset(clock, duration);
    }

    private Instant now() {
        return clock.instant();
    }
}

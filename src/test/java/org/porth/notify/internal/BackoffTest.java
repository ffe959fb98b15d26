package org.porth.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.RepeatedTest;

/** The wait before another try: doubling from the first, capped, with jitter in its upper half. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @RepeatedTest(20)
    void doublesWithEachTryUpToTheLongestWithJitter() {
        assertThat(backoff.after(1)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
        assertThat(backoff.after(2)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
        assertThat(backoff.after(5)).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(8));
        assertThat(backoff.after(9)).isBetween(Duration.ofMinutes(30), Duration.ofHours(1));
        assertThat(backoff.after(40)).isBetween(Duration.ofMinutes(30), Duration.ofHours(1));
    }
}

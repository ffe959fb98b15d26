package org.porth.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Failed deliveries come back after a doubling, jittered wait (or what Retry-After asks) for three days. */
class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(12),
            Duration.ofHours(72));
    private final Instant event = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theWaitDoublesWithJitterUpToTheLongest() {
        for (int tries = 1; tries <= 20; tries++) {
            Duration full = Duration.ofSeconds(30).multipliedBy(1L << Math.min(tries - 1, 20));
            Duration longest = full.compareTo(Duration.ofHours(12)) < 0 ? full : Duration.ofHours(12);
            Instant next = schedule.next(event, tries, null, event);
            assertThat(Duration.between(event, next)).as("after %d tries", tries)
                    .isBetween(longest.dividedBy(2), longest);
        }
    }

    @Test
    void retryAfterIsHonouredWithinTheLongestWait() {
        assertThat(schedule.next(event, 1, Duration.ofMinutes(7), event)).isEqualTo(event.plus(Duration.ofMinutes(7)));
        assertThat(schedule.next(event, 1, Duration.ofDays(30), event)).isEqualTo(event.plus(Duration.ofHours(12)));
    }

    @Test
    void aTryThatWouldFallMoreThanThreeDaysAfterTheEventIsNotMade() {
        Instant late = event.plus(Duration.ofHours(71));
        assertThat(schedule.next(late, 15, null, event)).isNull();
        assertThat(schedule.next(late, 1, Duration.ofMinutes(30), event)).isNotNull();
    }

    @Test
    void allTheTriesSpreadOverAboutThreeDays() {
        Instant now = event;
        int tries = 0;
        for (Instant next = schedule.next(now, 1, null, event); next != null; next = schedule.next(now, ++tries + 1,
                null, event)) {
            now = next;
        }
        assertThat(Duration.between(event, now)).isBetween(Duration.ofHours(48), Duration.ofHours(72));
        assertThat(tries).isBetween(10, 20);
    }
}

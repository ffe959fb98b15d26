package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.porth.shared.PorthCalendar.CALENDAR;
import static org.porth.shared.PorthCalendar.london;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Office hours only: nights, weekends and bank holidays stop the clock; summer time does not move it. */
class WorkingTimeTest {

    @ParameterizedTest(name = "{0} + {1} working hours = {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-02-10T10:00|5|2026-02-10T15:00",
            "2026-02-10T09:00|8|2026-02-10T17:00",  // ends at the close, not at the next opening
            "2026-02-10T16:00|3|2026-02-11T11:00",  // across a night
            "2026-02-13T15:30|4|2026-02-16T11:30",  // across a weekend
            "2026-02-10T20:00|2|2026-02-11T11:00",  // a start at 20:00 counts from 09:00 next working day
            "2026-02-14T10:00|1|2026-02-16T10:00",  // and a start on a Saturday from Monday's opening
            "2026-12-24T16:00|2|2026-12-29T10:00"}) // Christmas Day, the weekend and the substitute Boxing Day
    void workingHoursCountOnlyOfficeHours(String start, int hours, String due) {
        assertThat(CALENDAR.addWorkingTime(london(start), Duration.ofHours(hours))).isEqualTo(london(due));
    }

    @Test
    void acrossTheClocksGoingForward() {
        // Sunday 29 March 2026: Friday's 16:00 is 16:00 GMT, Monday's 10:00 is 09:00 UTC
        assertThat(CALENDAR.addWorkingTime(london("2026-03-27T16:00"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
        assertThat(CALENDAR.workingTimeBetween(london("2026-03-27T09:00"), london("2026-03-30T17:00")))
                .isEqualTo(Duration.ofHours(16));
        assertThat(CALENDAR.addWorkingDays(london("2026-03-27T14:00"), 1)).isEqualTo(Instant.parse("2026-03-30T16:00:00Z"));
    }

    @Test
    void acrossTheClocksGoingBack() {
        // Sunday 25 October 2026: Friday's 16:00 is 15:00 UTC, Monday's 10:00 is 10:00 GMT
        assertThat(CALENDAR.addWorkingTime(london("2026-10-23T16:00"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
        assertThat(CALENDAR.workingTimeBetween(london("2026-10-23T09:00"), london("2026-10-26T17:00")))
                .isEqualTo(Duration.ofHours(16));
        assertThat(CALENDAR.addWorkingDays(london("2026-10-23T14:00"), 1)).isEqualTo(Instant.parse("2026-10-26T17:00:00Z"));
    }

    @Test
    void workingTimeBetweenCountsOfficeHoursOnly() {
        assertThat(CALENDAR.workingTimeBetween(london("2026-02-10T10:00"), london("2026-02-10T15:30")))
                .isEqualTo(Duration.ofMinutes(330));
        assertThat(CALENDAR.workingTimeBetween(london("2026-02-10T18:00"), london("2026-02-11T08:59"))).isZero();
        assertThat(CALENDAR.workingTimeBetween(london("2026-04-02T16:00"), london("2026-04-07T10:00")))
                .as("across Easter 2026").isEqualTo(Duration.ofHours(2));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CALENDAR.workingTimeBetween(london("2026-02-10T10:00"), london("2026-02-10T09:00")));
    }

    @Test
    void aPauseAcrossAWeekendAddsNoWorkingTime() {
        Instant start = london("2026-02-12T10:00");
        Duration serviceLevel = Duration.ofHours(16);
        Instant paused = london("2026-02-13T17:30");
        Instant resumed = london("2026-02-16T08:00");

        Duration used = CALENDAR.workingTimeBetween(start, paused);
        Instant due = CALENDAR.addWorkingTime(resumed, serviceLevel.minus(used));

        assertThat(CALENDAR.workingTimeBetween(paused, resumed)).isZero();
        assertThat(due).isEqualTo(CALENDAR.addWorkingTime(start, serviceLevel)).isEqualTo(london("2026-02-16T10:00"));
    }

    @Test
    void aPauseInOfficeHoursMovesTheDueTimeByTheOfficeHoursPaused() {
        Instant start = london("2026-02-12T10:00");
        Duration used = CALENDAR.workingTimeBetween(start, london("2026-02-13T15:00"));

        assertThat(CALENDAR.addWorkingTime(london("2026-02-16T11:00"), Duration.ofHours(16).minus(used)))
                .as("paused 2 hours on Friday and 2 on Monday").isEqualTo(london("2026-02-16T14:00"));
    }

    @Test
    void workingTimeBetweenAndAddWorkingTimeAreInverses() {
        List<Duration> durations = List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1),
                Duration.ofMinutes(479), Duration.ofHours(8), Duration.ofMinutes(481), Duration.ofHours(24),
                Duration.ofMinutes(2477));
        // around both clock changes, Easter and Christmas 2026, every 47 minutes so starts fall at every time of day
        for (String[] period : new String[][] {{"2026-03-20T00:00", "2026-04-10T00:00"},
                {"2026-10-16T00:00", "2026-11-01T00:00"}, {"2026-12-18T00:00", "2027-01-06T00:00"}}) {
            for (Instant start = london(period[0]); start.isBefore(london(period[1])); start = start.plus(Duration.ofMinutes(47))) {
                for (Duration workingTime : durations) {
                    Instant end = CALENDAR.addWorkingTime(start, workingTime);

                    assertThat(CALENDAR.workingTimeBetween(start, end)).as("from %s plus %s", start, workingTime)
                            .isEqualTo(workingTime);
                    assertThat(end).isAfterOrEqualTo(start);
                    assertInOfficeHours(end);
                }
            }
        }
    }

    @Test
    void negativeWorkingTimeIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CALENDAR.addWorkingTime(london("2026-02-10T10:00"), Duration.ofMinutes(-1)));
    }

    private static void assertInOfficeHours(Instant instant) {
        ZonedDateTime local = instant.atZone(ClockConfiguration.UK);
        LocalDate date = local.toLocalDate();
        assertThat(CALENDAR.isWorkingDay(date)).as("%s is on a working day", local).isTrue();
        assertThat(local.toLocalTime()).as("%s is in office hours", local).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 0));
    }
}

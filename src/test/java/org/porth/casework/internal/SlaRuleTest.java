package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.porth.casework.SlaState;
import org.porth.shared.BusinessCalendar;
import org.porth.shared.Holiday;

/**
 * The service-level rule, on a case with 16 office hours (two working days of 09:00 to 17:00):
 * at risk from 12h48m used (13:48 on the second day), breached after its due moment, its clock
 * stopped while paused.
 */
class SlaRuleTest {

    private static final BusinessCalendar CALENDAR = new BusinessCalendar(List.of(
            holiday("2026-01-01"), holiday("2026-04-03"), holiday("2026-04-06"), holiday("2026-05-04"),
            holiday("2026-05-25"), holiday("2026-08-31"), holiday("2026-12-25"), holiday("2026-12-28")),
            LocalTime.of(9, 0), LocalTime.of(17, 0));

    private final SlaRule rule = new SlaRule(CALENDAR);

    // Monday 09:00 to Tuesday 17:00: 16 office hours
    private final WatchedCase monToTue = onTrack("2026-03-02T09:00", "2026-03-03T17:00");

    @Test
    void at79PercentUsedTheCaseIsOnTrack() {
        // 12h38m24s of 16h
        assertThat(rule.stateAt(monToTue, london("2026-03-03T13:38:24"))).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void at80PercentUsedTheCaseIsAtRisk() {
        // 12h48m of 16h
        assertThat(rule.stateAt(monToTue, london("2026-03-03T13:47:59"))).isEqualTo(SlaState.ON_TRACK);
        assertThat(rule.stateAt(monToTue, london("2026-03-03T13:48"))).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void atItsDueMomentTheCaseIsAtRiskNotYetBreached() {
        assertThat(rule.stateAt(monToTue, london("2026-03-03T17:00"))).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void pastItsDueMomentTheCaseIsBreached() {
        assertThat(rule.stateAt(monToTue, london("2026-03-03T17:00:01"))).isEqualTo(SlaState.BREACHED);
        assertThat(rule.stateAt(monToTue, london("2026-03-04T08:00"))).as("out of office hours too")
                .isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aPausedClockIsMeasuredWhenItPaused() {
        Instant longAfterDue = london("2026-03-20T12:00");

        assertThat(rule.stateAt(pausedAt("2026-03-03T10:00"), longAfterDue)).as("paused at 9h of 16h")
                .isEqualTo(SlaState.ON_TRACK);
        assertThat(rule.stateAt(pausedAt("2026-03-03T14:00"), longAfterDue)).as("paused at 13h of 16h")
                .isEqualTo(SlaState.AT_RISK);
        assertThat(rule.stateAt(pausedAt("2026-03-03T17:30"), longAfterDue)).as("paused after it was due")
                .isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aWeekendUsesNoTime() {
        // Friday 09:00 to Monday 17:00: 16 office hours
        WatchedCase friToMon = onTrack("2026-03-06T09:00", "2026-03-09T17:00");

        assertThat(rule.stateAt(friToMon, london("2026-03-08T23:00"))).as("Sunday night: 8h used")
                .isEqualTo(SlaState.ON_TRACK);
        assertThat(rule.stateAt(friToMon, london("2026-03-09T13:47"))).isEqualTo(SlaState.ON_TRACK);
        assertThat(rule.stateAt(friToMon, london("2026-03-09T13:48"))).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void bankHolidaysUseNoTime() {
        // Thursday before Easter 09:00 to the Tuesday after, 17:00: Good Friday and Easter Monday are
        // bank holidays, so 16 office hours
        WatchedCase overEaster = onTrack("2026-04-02T09:00", "2026-04-07T17:00");

        assertThat(rule.stateAt(overEaster, london("2026-04-06T16:00"))).as("Easter Monday: 8h used")
                .isEqualTo(SlaState.ON_TRACK);
        assertThat(rule.stateAt(overEaster, london("2026-04-07T13:48"))).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void aCaseOnlyMovesOn() {
        Instant atRisk = london("2026-03-03T14:00");
        Instant pastDue = london("2026-03-04T09:00");

        assertThat(rule.change(monToTue, atRisk)).contains(SlaState.AT_RISK);
        assertThat(rule.change(monToTue, pastDue)).as("straight to breached").contains(SlaState.BREACHED);
        assertThat(rule.change(in(monToTue, SlaState.AT_RISK), atRisk)).isEmpty();
        assertThat(rule.change(in(monToTue, SlaState.AT_RISK), pastDue)).contains(SlaState.BREACHED);
        assertThat(rule.change(in(monToTue, SlaState.BREACHED), pastDue)).isEmpty();
        assertThat(rule.change(in(monToTue, SlaState.AT_RISK), london("2026-03-02T10:00")))
                .as("never back on track").isEmpty();
    }

    private static WatchedCase onTrack(String submitted, String due) {
        return new WatchedCase("id", "REF", "queue", london(submitted), london(due), null, SlaState.ON_TRACK);
    }

    private WatchedCase pausedAt(String paused) {
        return new WatchedCase("id", "REF", "queue", monToTue.submittedAt(), monToTue.dueAt(), london(paused),
                SlaState.ON_TRACK);
    }

    private static WatchedCase in(WatchedCase watched, SlaState state) {
        return new WatchedCase(watched.id(), watched.reference(), watched.queueId(), watched.submittedAt(),
                watched.dueAt(), watched.pausedAt(), state);
    }

    private static Holiday holiday(String date) {
        return new Holiday(LocalDate.parse(date), "Bank holiday", "Gŵyl banc");
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/London")).toInstant();
    }
}

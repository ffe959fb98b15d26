package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.porth.shared.PorthCalendar.CALENDAR;
import static org.porth.shared.PorthCalendar.london;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Working days: weekends and bank holidays are not, and a number of working days ends at office close. */
class BusinessCalendarTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-01-01|New Year's Day|Dydd Calan",
            "2026-04-03|Good Friday|Dydd Gwener y Groglith",
            "2026-04-06|Easter Monday|Dydd Llun y Pasg",
            "2026-05-04|Early May bank holiday|Gŵyl Banc Calan Mai",
            "2026-05-25|Spring bank holiday|Gŵyl Banc y Gwanwyn",
            "2026-08-31|Summer bank holiday|Gŵyl Banc yr Haf",
            "2026-12-25|Christmas Day|Dydd Nadolig",
            "2026-12-28|Boxing Day (substitute day)|Gŵyl San Steffan (diwrnod yn lle)"})
    void everyBankHolidayOf2026IsNoWorkingDayAndHasItsNames(LocalDate date, String name, String nameCy) {
        assertThat(CALENDAR.isWorkingDay(date)).isFalse();
        assertThat(CALENDAR.holiday(date)).hasValueSatisfying(holiday -> {
            assertThat(holiday.name(Language.ENGLISH)).isEqualTo(name);
            assertThat(holiday.name(Language.WELSH)).isEqualTo(nameCy);
        });
    }

    @Test
    void weekdaysAreWorkingDaysAndWeekendsAreNot() {
        LocalDate monday = LocalDate.of(2026, 2, 9);
        assertThat(monday.datesUntil(monday.plusDays(7)).map(CALENDAR::isWorkingDay))
                .containsExactly(true, true, true, true, true, false, false);
        assertThat(CALENDAR.holiday(monday.plusDays(5))).as("a Saturday is no holiday, only no working day").isEmpty();
    }

    @Test
    void aMissedBinReportedOnFridayAfternoonWithTwoWorkingDaysIsDueTuesdayAtClose() {
        assertThat(CALENDAR.addWorkingDays(london("2026-02-13T14:00"), 2)).isEqualTo(london("2026-02-17T17:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-13T08:00", "2026-02-13T20:00", "2026-02-14T11:00", "2026-02-15T23:59"})
    void theDayOfTheStartNeverCountsWhateverTheTimeOrDay(String start) {
        assertThat(CALENDAR.addWorkingDays(london(start), 2)).isEqualTo(london("2026-02-17T17:00"));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-02-13T14:00, 2026-02-13T16:59, 0",
            "2026-02-13T14:00, 2026-02-14T10:00, 0",
            "2026-02-13T14:00, 2026-02-16T08:00, 1",
            "2026-02-13T14:00, 2026-02-17T17:00, 2",
            "2026-02-14T11:00, 2026-02-20T12:00, 5",
            "2026-12-23T10:00, 2026-12-29T09:00, 2"})
    void aRequestIsAsManyWorkingDaysOldAsHaveBegunSinceTheDayItCame(String received, String now, int days) {
        assertThat(CALENDAR.workingDaysBetween(london(received), london(now))).isEqualTo(days);
    }

    @Test
    void workingDaysAreNotCountedBackwards() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                CALENDAR.workingDaysBetween(london("2026-02-13T14:00"), london("2026-02-12T14:00")));
    }

    @Test
    void christmas2026SkipsChristmasDayTheWeekendAndTheSubstituteBoxingDay() {
        Instant christmasEve = london("2026-12-24T14:00");

        assertThat(CALENDAR.addWorkingDays(christmasEve, 1)).isEqualTo(london("2026-12-29T17:00"));
        assertThat(CALENDAR.addWorkingDays(christmasEve, 2)).isEqualTo(london("2026-12-30T17:00"));
    }

    @Test
    void easter2027SkipsGoodFridayToEasterMondayAndIsDueInSummerTime() {
        Instant maundyThursday = london("2027-03-25T10:00");

        assertThat(CALENDAR.addWorkingDays(maundyThursday, 2)).isEqualTo(london("2027-03-31T17:00"))
                .as("17:00 BST").isEqualTo(Instant.parse("2027-03-31T16:00:00Z"));
        assertThat(CALENDAR.workingTimeBetween(maundyThursday, london("2027-03-30T10:00"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void easterFallsWhereGovUkHasIt() {
        for (LocalDate easterSunday : List.of(LocalDate.of(2025, 4, 20), LocalDate.of(2026, 4, 5),
                LocalDate.of(2027, 3, 28), LocalDate.of(2028, 4, 16))) {
            assertThat(CALENDAR.holiday(easterSunday.minusDays(2))).map(Holiday::name).contains("Good Friday");
            assertThat(CALENDAR.holiday(easterSunday.plusDays(1))).map(Holiday::name).contains("Easter Monday");
        }
    }

    @Test
    void zeroWorkingDaysIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.addWorkingDays(london("2026-02-13T14:00"), 0))
                .withMessageContaining("1 or more");
    }

    @Test
    void aDateOutsideTheYearsOfTheFileIsRefusedNotTakenAsHavingNoHolidays() {
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(2030, 1, 2)))
                .withMessageContaining("2025 to 2028 only, not for 2030-01-02");
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(2024, 12, 28)))
                .as("a Saturday too").withMessageContaining("not for 2024-12-28");
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.addWorkingDays(london("2030-06-03T10:00"), 1));
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.addWorkingDays(london("2028-12-28T10:00"), 2))
                .as("running past the end of the calendar").withMessageContaining("not for 2029-01-01");
    }

    @Test
    void itSaysWhichDatesItCovers() {
        assertThat(CALENDAR.covers(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(CALENDAR.covers(LocalDate.of(2028, 12, 31))).isTrue();
        assertThat(CALENDAR.covers(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(CALENDAR.covers(LocalDate.of(2029, 1, 1))).isFalse();
        assertThat(CALENDAR.covers(LocalDate.of(1, 1, 1))).isFalse();
    }

    @Test
    void officeHoursMustOpenBeforeTheyClose() {
        List<Holiday> holidays = List.of(new Holiday(LocalDate.of(2026, 1, 1), "New Year's Day", "Dydd Calan"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BusinessCalendar(holidays, LocalTime.of(17, 0), LocalTime.of(9, 0)))
                .withMessageContaining("opens (17:00) after it closes (09:00)");
    }
}

package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Dates as residents and staff read them, in English and in Welsh. */
class DateTextTest {

    @Test
    void aDateWithItsWeekdayReadsInTheLanguageOfThePage() {
        LocalDate date = LocalDate.of(2026, 12, 1);

        assertThat(DateText.withWeekday(date, Language.ENGLISH)).isEqualTo("Tuesday 1 December 2026");
        assertThat(DateText.withWeekday(date, Language.WELSH)).isEqualTo("Dydd Mawrth 1 Rhagfyr 2026");
    }

    @Test
    void aTimeOfDayUsesTheLanguagesOwnMorningAndAfternoon() {
        assertThat(DateText.time(LocalTime.of(10, 15), Language.ENGLISH)).isEqualTo("10:15am");
        assertThat(DateText.time(LocalTime.of(17, 0), Language.ENGLISH)).isEqualTo("5:00pm");
        assertThat(DateText.time(LocalTime.of(10, 15), Language.WELSH)).isEqualTo("10:15yb");
        assertThat(DateText.time(LocalTime.of(17, 0), Language.WELSH)).isEqualTo("5:00yh");
    }

    @Test
    void aDueDateAndTimeReadsInTheLanguageOfThePage() {
        Instant due = Instant.parse("2026-11-12T17:00:00Z");
        ZoneId london = ZoneId.of("Europe/London");

        assertThat(DateText.format(due, london, Language.ENGLISH)).isEqualTo("12 November 2026, 5:00pm");
        assertThat(DateText.format(due, london, Language.WELSH)).isEqualTo("12 Tachwedd 2026, 5:00yh");
    }
}

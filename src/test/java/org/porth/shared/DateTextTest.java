package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates as residents and staff read them, in English and in Welsh. */
class DateTextTest {

    @Test
    void aDateWithItsWeekdayReadsInTheLanguageOfThePage() {
        LocalDate date = LocalDate.of(2026, 12, 1);

        assertThat(DateText.withWeekday(date, Language.ENGLISH)).isEqualTo("Tuesday 1 December 2026");
        assertThat(DateText.withWeekday(date, Language.WELSH)).isEqualTo("Dydd Mawrth 1 Rhagfyr 2026");
    }
}

package org.porth.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Weeks from Monday, calendar months and quarters, and the period before each. */
class PeriodTest {

    @Test
    void theWeekMonthAndQuarterOfADayAndThePeriodBefore() {
        LocalDate day = LocalDate.of(2026, 3, 1); // a Sunday
        assertThat(Period.containing(Period.Kind.WEEK, day)).isEqualTo(new Period(Period.Kind.WEEK,
                LocalDate.of(2026, 2, 23), day));
        assertThat(Period.containing(Period.Kind.MONTH, day).previous()).isEqualTo(new Period(Period.Kind.MONTH,
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(Period.containing(Period.Kind.QUARTER, day)).isEqualTo(new Period(Period.Kind.QUARTER,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(Period.containing(Period.Kind.QUARTER, day).previous()).isEqualTo(new Period(Period.Kind.QUARTER,
                LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void customDatesAreComparedWithAsManyDaysBefore() {
        Period tenDays = Period.custom(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 29));
        assertThat(tenDays.previous()).isEqualTo(Period.custom(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 19)));
        assertThatThrownBy(() -> Period.custom(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

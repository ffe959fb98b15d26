package org.porth.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.porth.insight.AgeBand;
import org.porth.shared.BusinessCalendar;
import org.porth.shared.Holiday;

/** Ages in working days around the spring bank holiday of 2026 (Monday 25 May). */
class AgeBandsTest {

    private static final LocalDate TUESDAY_AFTER = LocalDate.of(2026, 5, 26);
    private final AgeBands bands = new AgeBands(new BusinessCalendar(List.of(
            new Holiday(LocalDate.of(2026, 5, 25), "Spring bank holiday", "Gŵyl banc y gwanwyn")),
            LocalTime.of(9, 0), LocalTime.of(17, 0)));

    @Test
    void theBankHolidayAndWeekendAreNotCounted() {
        // Monday 18 May: 19, 20, 21, 22 and 26 May are working days; 23, 24 and 25 are not
        assertThat(bands.of(LocalDate.of(2026, 5, 18), TUESDAY_AFTER)).isEqualTo(AgeBand.UP_TO_5);
        assertThat(bands.of(LocalDate.of(2026, 5, 15), TUESDAY_AFTER)).as("six working days").isEqualTo(AgeBand.UP_TO_10);
        assertThat(bands.of(LocalDate.of(2026, 5, 22), TUESDAY_AFTER)).as("only the 26th").isEqualTo(AgeBand.UP_TO_2);
        assertThat(bands.of(TUESDAY_AFTER, TUESDAY_AFTER)).isEqualTo(AgeBand.UP_TO_2);
    }

    @Test
    void aBandIsARunOfDaysTheCasesCameIn() {
        assertThat(bands.days(AgeBand.UP_TO_2, TUESDAY_AFTER)).containsExactly(LocalDate.of(2026, 5, 21), TUESDAY_AFTER);
        // a case in on Sunday 17 May is as old as one in on Friday 15 May: six working days
        assertThat(bands.days(AgeBand.UP_TO_5, TUESDAY_AFTER))
                .containsExactly(LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 20));
        LocalDate[] over = bands.days(AgeBand.OVER_20, TUESDAY_AFTER);
        assertThat(over[0]).as("no earliest day").isNull();
        assertThat(bands.of(over[1], TUESDAY_AFTER)).isEqualTo(AgeBand.OVER_20);
        assertThat(bands.of(over[1].plusDays(1), TUESDAY_AFTER)).isEqualTo(AgeBand.UP_TO_20);
    }
}

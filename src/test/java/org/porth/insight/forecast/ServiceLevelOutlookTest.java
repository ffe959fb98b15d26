package org.porth.insight.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A queue of 100 open cases closing 50 a week holds a 10-working-day (two-week) service level exactly. */
class ServiceLevelOutlookTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    @Test
    void demandEqualToTheClosingRateKeepsTheQueueWithinItsServiceLevel() {
        assertThat(ServiceLevelOutlook.firstBreach(100, 50, 10, weeks(50, 50, 50, 50, 50, 50, 50, 50))).isEmpty();
    }

    @Test
    void tenMoreThanItClosesInTheThirdWeekBreachesThatWeek() {
        var breach = ServiceLevelOutlook.firstBreach(100, 50, 10, weeks(50, 50, 60, 50));

        assertThat(breach).hasValueSatisfying(found -> {
            assertThat(found.monday()).isEqualTo(MONDAY.plusWeeks(2));
            assertThat(found.openAtWeekEnd()).isEqualTo(110);
            assertThat(found.waitWeeks()).isEqualTo(2.2);
        });
    }

    @Test
    void aQueueThatClosesNothingBreachesInTheFirstWeekWithWorkInIt() {
        assertThat(ServiceLevelOutlook.firstBreach(0, 0, 10, weeks(0, 3)))
                .hasValueSatisfying(found -> assertThat(found.monday()).isEqualTo(MONDAY.plusWeeks(1)));
    }

    @Test
    void aBacklogNeverGoesBelowEmpty() {
        // quiet weeks cannot bank capacity for a busy one: 100 open, then 50, 0, 0 (not -50), then 110
        var breach = ServiceLevelOutlook.firstBreach(100, 50, 10, weeks(0, 0, 0, 160));

        assertThat(breach).hasValueSatisfying(found -> {
            assertThat(found.monday()).isEqualTo(MONDAY.plusWeeks(3));
            assertThat(found.openAtWeekEnd()).isEqualTo(110);
        });
    }

    private static List<DemandForecast.Week> weeks(double... demand) {
        List<DemandForecast.Week> weeks = new ArrayList<>();
        for (int i = 0; i < demand.length; i++) {
            weeks.add(new DemandForecast.Week(MONDAY.plusWeeks(i), demand[i], 5));
        }
        return weeks;
    }
}

package org.porth.insight.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.porth.shared.BusinessCalendar;
import org.porth.shared.Holiday;

/** Forecasts of series whose right answers can be worked out by hand. */
class ForecasterTest {

    // Closure days on Saturdays mark 2025 and 2026 as known years without a weekday holiday, but for May Day 2026
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(List.of(
            new Holiday(LocalDate.of(2025, 1, 4), "Closed", "Ar gau"),
            new Holiday(LocalDate.of(2026, 5, 4), "Early May bank holiday", "Gŵyl banc Calan Mai"),
            new Holiday(LocalDate.of(2026, 12, 26), "Closed", "Ar gau")), LocalTime.of(9, 0), LocalTime.of(17, 0));
    private static final BusinessCalendar NO_WEEKDAY_HOLIDAYS = new BusinessCalendar(List.of(
            new Holiday(LocalDate.of(2025, 1, 4), "Closed", "Ar gau"),
            new Holiday(LocalDate.of(2026, 12, 26), "Closed", "Ar gau")), LocalTime.of(9, 0), LocalTime.of(17, 0));
    private static final LocalDate FIRST_MONDAY_2025 = LocalDate.of(2025, 1, 6);

    private final Forecaster forecaster = new Forecaster(CALENDAR);

    @Test
    void aYoungServiceGetsItsRecentMeanAndABankHolidayWeekFourFifthsOfIt() {
        // 16 weeks of 50 a week up to the week of 27 April 2026; the week of 4 May has the bank holiday
        DemandForecast forecast = forecaster.forecast(series(LocalDate.of(2026, 1, 12), 16, week -> 50));

        assertThat(forecast.method()).isEqualTo(Method.RECENT_MEAN);
        assertThat(forecast.weeks()).hasSize(8);
        assertThat(forecast.weeks().getFirst()).isEqualTo(new DemandForecast.Week(LocalDate.of(2026, 5, 4), 40, 4));
        assertThat(forecast.weeks().get(1)).isEqualTo(new DemandForecast.Week(LocalDate.of(2026, 5, 11), 50, 5));
        assertThat(forecast.accuracy().mape()).hasValue(0);
        assertThat(forecast.accuracy().mase()).as("nothing ever changed: no naive error to scale by").isEmpty();
    }

    @Test
    void aBankHolidayWeekInTheHistoryIsReadPerWorkingDay() {
        // 40 in the four-day week of 4 May 2026 is the same 10 a day as 50 in a full week
        LocalDate first = LocalDate.of(2026, 2, 2);
        DemandForecast forecast = forecaster.forecast(series(first, 16,
                week -> first.plusWeeks(week).equals(LocalDate.of(2026, 5, 4)) ? 40 : 50));

        assertThat(forecast.weeks()).extracting(DemandForecast.Week::expected).containsOnly(50.0);
        assertThat(forecast.accuracy().mape()).hasValue(0);
    }

    @Test
    void withAYearOfHistoryEachWeekIsForecastAsTheSameWeekAYearBefore() {
        // 100 + 5 a week through the year, and the second year 10 higher: 64 weeks
        DemandForecast forecast = forecaster.forecast(series(FIRST_MONDAY_2025, 64,
                week -> 100 + 5 * (week % 52) + (week >= 52 ? 10 : 0)));

        assertThat(forecast.method()).isEqualTo(Method.SEASONAL_NAIVE);
        // the sixth week ahead is that of May Day 2026: four working days of the 185 a full week would have
        assertThat(forecast.weeks()).extracting(DemandForecast.Week::expected)
                .containsExactly(160.0, 165.0, 170.0, 175.0, 180.0, 148.0, 190.0, 195.0);
        assertThat(forecast.weeks().get(5).monday()).isEqualTo(LocalDate.of(2026, 5, 4));
        // held back: weeks 52..63 forecast as weeks 0..11, 10 short each time
        double mape = 0;
        for (int k = 0; k < 12; k++) {
            mape += 10.0 / (110 + 5 * k);
        }
        assertThat(forecast.accuracy().mape().getAsDouble()).isCloseTo(100 * mape / 12, within(1e-9));
        assertThat(forecast.accuracy().mase().getAsDouble()).as("error 10 against a naive error of 5")
                .isCloseTo(2.0, within(1e-9));
        assertThat(forecast.accuracy().weeks()).isEqualTo(12);
    }

    @Test
    void holtWintersFollowsATrendWithAYearlySeasonExactly() {
        // 2 more a week, 10 above the trend in the first half of the year and 10 below in the second
        IntToDoubleFunction demand = week -> 100 + 2 * week + (week % 52 < 26 ? 10 : -10);
        // a calendar without weekday holidays: the series has no short weeks in it
        DemandForecast forecast = new Forecaster(NO_WEEKDAY_HOLIDAYS).forecast(series(FIRST_MONDAY_2025, 116, demand));

        assertThat(forecast.method()).isEqualTo(Method.HOLT_WINTERS);
        for (int h = 0; h < 8; h++) {
            assertThat(forecast.weeks().get(h).expected()).isCloseTo(demand.applyAsDouble(116 + h), within(1e-6));
        }
        assertThat(forecast.weeks().getFirst().expected()).isCloseTo(342, within(1e-6));
        assertThat(forecast.accuracy().mape().getAsDouble()).isCloseTo(0, within(1e-6));
        assertThat(forecast.accuracy().mase().getAsDouble()).isCloseTo(0, within(1e-6));
    }

    @Test
    void theMethodIsTheMostSeasonalOneTheHistoryBeforeTheTestWeeksAllows() {
        assertThat(forecaster.forecast(series(FIRST_MONDAY_2025, 63, week -> 7)).method()).isEqualTo(Method.RECENT_MEAN);
        assertThat(forecaster.forecast(series(FIRST_MONDAY_2025, 64, week -> 7)).method()).isEqualTo(Method.SEASONAL_NAIVE);
        assertThat(forecaster.forecast(series(FIRST_MONDAY_2025, 115, week -> 7)).method()).isEqualTo(Method.SEASONAL_NAIVE);
        assertThat(forecaster.forecast(series(FIRST_MONDAY_2025, 116, week -> 7)).method()).isEqualTo(Method.HOLT_WINTERS);
    }

    @Test
    void aFallingSeriesIsNeverForecastBelowZero() {
        DemandForecast forecast = forecaster.forecast(series(FIRST_MONDAY_2025, 116, week -> Math.max(0, 300 - 3 * week)));

        assertThat(forecast.weeks()).extracting(DemandForecast.Week::expected).allSatisfy(
                expected -> assertThat(expected).isGreaterThanOrEqualTo(0));
    }

    private static WeeklyDemand series(LocalDate firstMonday, int weeks, IntToDoubleFunction demand) {
        List<Double> counts = new ArrayList<>(Collections.nCopies(weeks, 0.0));
        for (int week = 0; week < weeks; week++) {
            counts.set(week, demand.applyAsDouble(week));
        }
        return new WeeklyDemand(firstMonday, counts);
    }
}

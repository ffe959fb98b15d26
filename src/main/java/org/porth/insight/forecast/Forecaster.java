package org.porth.insight.forecast;

import java.util.ArrayList;
import java.util.List;

import org.porth.shared.BusinessCalendar;

/**
 * Forecasts weekly demand (decision 0055). Seasons and trends are fitted to demand per working day, and
 * the forecast for a week is that rate times the week's working days, so Easter and Christmas weeks
 * come out smaller and do not bend the yearly season. The method is the most seasonal one that the
 * history left after holding back the test weeks is long enough for, so the accuracy reported is that
 * of the method that made the forecast.
 */
public final class Forecaster {

    /** Weeks forecast ahead. */
    public static final int HORIZON = 8;
    /** Weeks held back to measure the accuracy. */
    public static final int TEST_WEEKS = 12;

    private final WorkingWeeks workingWeeks;

    public Forecaster(BusinessCalendar calendar) {
        this.workingWeeks = new WorkingWeeks(calendar);
    }

    /** @param history at least {@link #TEST_WEEKS} + 1 weeks, up to and including the last whole week */
    public DemandForecast forecast(WeeklyDemand history) {
        if (history.weeks() <= TEST_WEEKS) {
            throw new IllegalArgumentException("A forecast needs more than " + TEST_WEEKS + " weeks of history, not "
                    + history.weeks());
        }
        int trained = history.weeks() - TEST_WEEKS;
        Method method = Method.forHistory(trained);
        List<DemandForecast.Week> ahead = weeksAfter(history, method, HORIZON);
        List<DemandForecast.Week> tested = weeksAfter(history.firstWeeks(trained), method, TEST_WEEKS);
        double[] actual = new double[TEST_WEEKS];
        double[] forecast = new double[TEST_WEEKS];
        for (int i = 0; i < TEST_WEEKS; i++) {
            actual[i] = history.counts().get(trained + i);
            forecast[i] = tested.get(i).expected();
        }
        double[] earlier = history.firstWeeks(trained).counts().stream().mapToDouble(Double::doubleValue).toArray();
        return new DemandForecast(method, ahead, Accuracy.of(actual, forecast, earlier));
    }

    private List<DemandForecast.Week> weeksAfter(WeeklyDemand history, Method method, int horizon) {
        double[] rates = method.forecast(workingWeeks.perWorkingDay(history), horizon);
        List<DemandForecast.Week> weeks = new ArrayList<>(horizon);
        for (int h = 0; h < horizon; h++) {
            var monday = history.monday(history.weeks() + h);
            int days = workingWeeks.workingDays(monday);
            weeks.add(new DemandForecast.Week(monday, Math.max(0, rates[h] * Math.max(days, 1)), days));
        }
        return weeks;
    }
}

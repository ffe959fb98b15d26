package org.porth.insight.forecast;

import java.util.Arrays;

/**
 * The forecasting methods, from the one that needs the longest history to the one that needs
 * least (decision 0055). Each forecasts demand per working day, {@code horizon} weeks ahead.
 */
public enum Method {

    /** Additive Holt-Winters with a yearly season: from two years of history. */
    HOLT_WINTERS(2 * Method.YEAR) {
        @Override
        double[] forecast(double[] rates, int horizon) {
            return HoltWinters.forecast(rates, YEAR, horizon);
        }
    },
    /** The same week a year before: from one year of history. */
    SEASONAL_NAIVE(Method.YEAR) {
        @Override
        double[] forecast(double[] rates, int horizon) {
            double[] ahead = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                ahead[h - 1] = rates[rates.length - YEAR + (h - 1) % YEAR];
            }
            return ahead;
        }
    },
    /** The mean of the last four weeks, for every week ahead: for a service younger than a year. */
    RECENT_MEAN(1) {
        @Override
        double[] forecast(double[] rates, int horizon) {
            double mean = Arrays.stream(rates, Math.max(0, rates.length - RECENT), rates.length).average().orElseThrow();
            double[] ahead = new double[horizon];
            Arrays.fill(ahead, mean);
            return ahead;
        }
    };

    /** Weeks in the yearly season (a year is 52 weeks and a day or two: the season slips a day a year). */
    static final int YEAR = 52;
    private static final int RECENT = 4;

    private final int weeksNeeded;

    Method(int weeksNeeded) {
        this.weeksNeeded = weeksNeeded;
    }

    abstract double[] forecast(double[] rates, int horizon);

    /** The most seasonal method that the given history is long enough for. */
    static Method forHistory(int weeks) {
        for (Method method : values()) {
            if (weeks >= method.weeksNeeded) {
                return method;
            }
        }
        throw new IllegalArgumentException("A forecast needs at least one week of history");
    }
}

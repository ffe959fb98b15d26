package org.porth.insight.forecast;

/**
 * Additive Holt-Winters (triple exponential smoothing): a level, a trend and a seasonal term per
 * position in the season, each smoothed from the one-step errors. Initialised from the first two
 * seasons (level = first season's mean, trend = change of the means per step, seasonal terms =
 * the first season's differences from its mean); the smoothing constants are the ones on a coarse
 * grid with the smallest sum of squared one-step errors. Needs two whole seasons.
 */
final class HoltWinters {

    private static final double[] GRID = {0.05, 0.2, 0.4, 0.6, 0.8};

    private HoltWinters() {
    }

    static double[] forecast(double[] y, int period, int horizon) {
        if (y.length < 2 * period) {
            throw new IllegalArgumentException("Holt-Winters needs two seasons: " + 2 * period + " values, not " + y.length);
        }
        Fit best = null;
        for (double alpha : GRID) {
            for (double beta : GRID) {
                for (double gamma : GRID) {
                    Fit fit = fit(y, period, alpha, beta, gamma);
                    if (best == null || fit.squaredErrors < best.squaredErrors) {
                        best = fit;
                    }
                }
            }
        }
        double[] ahead = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            ahead[h - 1] = best.level + h * best.trend + best.seasonal[(y.length + h - 1) % period];
        }
        return ahead;
    }

    static Fit fit(double[] y, int period, double alpha, double beta, double gamma) {
        double first = mean(y, 0, period);
        double trend = (mean(y, period, 2 * period) - first) / period;
        // the level stands at the middle of the first season; move it to its last step
        double level = first + trend * (period - 1) / 2.0;
        double[] seasonal = new double[period];
        for (int i = 0; i < period; i++) {
            seasonal[i] = y[i] - (first + trend * (i - (period - 1) / 2.0));
        }
        double squaredErrors = 0;
        for (int t = period; t < y.length; t++) {
            int position = t % period;
            double error = y[t] - (level + trend + seasonal[position]);
            squaredErrors += error * error;
            double previousLevel = level;
            level = alpha * (y[t] - seasonal[position]) + (1 - alpha) * (level + trend);
            trend = beta * (level - previousLevel) + (1 - beta) * trend;
            seasonal[position] = gamma * (y[t] - level) + (1 - gamma) * seasonal[position];
        }
        return new Fit(level, trend, seasonal, squaredErrors);
    }

    private static double mean(double[] y, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += y[i];
        }
        return sum / (to - from);
    }

    /** The state after the last value: what the forecast starts from. */
    record Fit(double level, double trend, double[] seasonal, double squaredErrors) {
    }
}

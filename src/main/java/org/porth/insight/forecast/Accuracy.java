package org.porth.insight.forecast;

import java.util.OptionalDouble;

/**
 * How close the method came on weeks it had not seen (back-testing): it forecast the last weeks of the
 * history from the weeks before them, and these compare that forecast with what happened.
 *
 * @param mape  mean absolute percentage error, in per cent, over the weeks with demand (none when no
 *              week had any)
 * @param mase  mean absolute scaled error: the mean absolute error divided by that of "same as last
 *              week" within the earlier weeks; under 1 beats that naive guess (none when the earlier
 *              weeks never changed)
 * @param weeks how many weeks were held back
 */
public record Accuracy(OptionalDouble mape, OptionalDouble mase, int weeks) {

    static Accuracy of(double[] actual, double[] forecast, double[] earlier) {
        double absolute = 0;
        double percentage = 0;
        int withDemand = 0;
        for (int i = 0; i < actual.length; i++) {
            double error = Math.abs(actual[i] - forecast[i]);
            absolute += error;
            if (actual[i] > 0) {
                percentage += error / actual[i];
                withDemand++;
            }
        }
        double naive = 0;
        for (int i = 1; i < earlier.length; i++) {
            naive += Math.abs(earlier[i] - earlier[i - 1]);
        }
        naive = earlier.length > 1 ? naive / (earlier.length - 1) : 0;
        return new Accuracy(withDemand == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * percentage / withDemand),
                naive == 0 ? OptionalDouble.empty() : OptionalDouble.of(absolute / actual.length / naive),
                actual.length);
    }
}

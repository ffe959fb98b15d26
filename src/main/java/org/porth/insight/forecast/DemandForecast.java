package org.porth.insight.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * Demand expected in the weeks ahead, the method that forecast it, and how accurate that method was
 * on the last weeks of the history when they were held back.
 */
public record DemandForecast(Method method, List<Week> weeks, Accuracy accuracy) {

    public DemandForecast {
        weeks = List.copyOf(weeks);
    }

    /** One week ahead: requests expected (never below zero), over its working days. */
    public record Week(LocalDate monday, double expected, int workingDays) {
    }
}

package org.porth.insight.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When a queue, closing cases at its current rate, falls behind its service level as the forecast
 * demand arrives. Cases are taken oldest first, so a case arriving when {@code n} are open waits
 * about {@code n} divided by the weekly closing rate: the queue breaches in the first week at whose
 * end that wait is longer than the service level.
 */
public final class ServiceLevelOutlook {

    private static final double WORKING_DAYS_PER_WEEK = 5;

    private ServiceLevelOutlook() {
    }

    /**
     * @param open             cases open in the queue now
     * @param closedPerWeek    cases the queue closes in a week at its current rate (e.g. the mean of the
     *                         last four weeks)
     * @param targetWorkingDays the service level
     * @return the first week forecast to end with the wait over the service level; none within the forecast
     */
    public static Optional<Breach> firstBreach(int open, double closedPerWeek, int targetWorkingDays,
            List<DemandForecast.Week> demand) {
        double backlog = open;
        double allowedWeeks = targetWorkingDays / WORKING_DAYS_PER_WEEK;
        for (DemandForecast.Week week : demand) {
            backlog = Math.max(0, backlog + week.expected() - closedPerWeek);
            double waitWeeks = closedPerWeek > 0 ? backlog / closedPerWeek : backlog > 0 ? Double.POSITIVE_INFINITY : 0;
            if (waitWeeks > allowedWeeks) {
                return Optional.of(new Breach(week.monday(), backlog, waitWeeks));
            }
        }
        return Optional.empty();
    }

    /** The week the service level is first forecast to be missed, the open cases then and their wait. */
    public record Breach(LocalDate monday, double openAtWeekEnd, double waitWeeks) {
    }
}

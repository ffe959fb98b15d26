package org.porth.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.porth.insight.forecast.DemandForecast;
import org.porth.insight.forecast.ServiceLevelOutlook;

/**
 * Looking ahead (decision 0067): demand forecast for the eight weeks after {@code lastMonday}'s week,
 * the last whole week counted, per queue and per service, each with its accuracy on the twelve weeks
 * before; and for each queue, whether it will miss its service level at its current rate of closing.
 * A queue or service with too short a history for a forecast is not listed.
 */
public record Outlook(LocalDate lastMonday, List<Queue> queues, List<Service> services) {

    public Outlook {
        queues = List.copyOf(queues);
        services = List.copyOf(services);
    }

    /**
     * @param open              cases open in the queue now
     * @param closedPerWeek     cases it ended a week, over the last four whole weeks
     * @param targetWorkingDays the service level of the service it works most; none when the catalogue has no such service
     * @param breach            the first week it is forecast to miss that level; none within the eight weeks
     */
    public record Queue(String queueId, DemandForecast forecast, long open, double closedPerWeek,
            Optional<Integer> targetWorkingDays, Optional<ServiceLevelOutlook.Breach> breach) {
    }

    public record Service(String serviceId, DemandForecast forecast) {
    }

    /** Requests expected in the weeks ahead, added up. */
    public static double expected(DemandForecast forecast) {
        return forecast.weeks().stream().mapToDouble(DemandForecast.Week::expected).sum();
    }
}

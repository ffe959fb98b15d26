package org.porth.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.porth.insight.forecast.DemandForecast;
import org.porth.insight.forecast.Forecaster;
import org.porth.insight.forecast.ServiceLevelOutlook;
import org.porth.insight.forecast.WeeklyDemand;
import org.porth.insight.internal.ForecastQueries.Arrivals;

/**
 * Turns the cases that arrived, week by week, into the outlook (decision 0067): every series starts at
 * the first week anything arrived (a quiet week later on is a zero, not a gap) and is at most two years
 * long, what Holt-Winters needs; a queue's service level is that of the service it works most.
 */
final class Outlooks {

    /** Two years: the longest history any method uses. */
    static final int HISTORY_WEEKS = 104;
    /** The weeks the rate of closing is measured over. */
    static final int CLOSING_WEEKS = 4;

    private final Forecaster forecaster;

    Outlooks(Forecaster forecaster) {
        this.forecaster = forecaster;
    }

    /**
     * @param lastMonday the Monday of the last whole week
     * @param ended      per queue, cases ended in the {@link #CLOSING_WEEKS} weeks up to the end of that week
     * @param target     a service's level in working days, if the catalogue has the service
     */
    Outlook of(LocalDate lastMonday, List<Arrivals> arrivals, Map<String, Long> open, Map<String, Long> ended,
            Function<String, Optional<Integer>> target) {
        Optional<LocalDate> first = arrivals.stream().map(Arrivals::day).min(LocalDate::compareTo)
                .map(day -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        int weeks = first.map(monday -> (int) ChronoUnit.WEEKS.between(monday, lastMonday) + 1).orElse(0);
        if (weeks <= Forecaster.TEST_WEEKS) {
            return new Outlook(lastMonday, List.of(), List.of());
        }
        LocalDate firstMonday = first.orElseThrow();
        Map<String, double[]> byQueue = new TreeMap<>();
        Map<String, double[]> byService = new TreeMap<>();
        Map<String, Map<String, Long>> servicesOfQueue = new TreeMap<>();
        for (Arrivals arrived : arrivals) {
            int week = (int) ChronoUnit.WEEKS.between(firstMonday, arrived.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            if (week < 0 || week >= weeks) {
                continue;
            }
            byQueue.computeIfAbsent(arrived.queueId(), key -> new double[weeks])[week] += arrived.cases();
            byService.computeIfAbsent(arrived.serviceId(), key -> new double[weeks])[week] += arrived.cases();
            servicesOfQueue.computeIfAbsent(arrived.queueId(), key -> new TreeMap<>()).merge(arrived.serviceId(), arrived.cases(), Long::sum);
        }
        List<Outlook.Queue> queues = new ArrayList<>();
        byQueue.forEach((queue, counts) -> {
            DemandForecast forecast = forecast(firstMonday, counts);
            long openNow = open.getOrDefault(queue, 0L);
            double closedPerWeek = ended.getOrDefault(queue, 0L) / (double) CLOSING_WEEKS;
            String main = Collections.max(servicesOfQueue.get(queue).entrySet(), Map.Entry.comparingByValue()).getKey();
            Optional<Integer> level = target.apply(main);
            queues.add(new Outlook.Queue(queue, forecast, openNow, closedPerWeek, level, level.flatMap(days ->
                    ServiceLevelOutlook.firstBreach((int) openNow, closedPerWeek, days, forecast.weeks()))));
        });
        List<Outlook.Service> services = new ArrayList<>();
        byService.forEach((service, counts) -> services.add(new Outlook.Service(service, forecast(firstMonday, counts))));
        return new Outlook(lastMonday, queues, services);
    }

    private DemandForecast forecast(LocalDate firstMonday, double[] counts) {
        List<Double> weekly = new ArrayList<>(counts.length);
        for (double count : counts) {
            weekly.add(count);
        }
        return forecaster.forecast(new WeeklyDemand(firstMonday, weekly));
    }
}

package org.porth.insight.opendata;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.porth.casework.Outcome;
import org.porth.catalogue.Channel;
import org.porth.insight.internal.MonthCounts;
import org.porth.insight.internal.OpenDataQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly statistics per service that {@code /open-data} publishes to anyone (issue 18 §2), from the
 * roll-ups, suppressed so that nobody can be identified (decision 0068). Only whole months that have
 * ended are published, the last twelve, each grouped in the database from the roll-ups' indexed rows.
 */
@Service
@Transactional(readOnly = true)
public class OpenData {

    /** How many months the page and its files publish. */
    public static final int MONTHS = 12;

    private final OpenDataQueries queries;
    private final Clock clock;

    OpenData(OpenDataQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The last twelve months that have ended, the latest first, each service in id order. */
    @PreAuthorize("permitAll()")
    public List<OpenStatistics> published() {
        YearMonth latest = YearMonth.now(clock.withZone(ZoneId.of("Europe/London"))).minusMonths(1);
        List<OpenStatistics> rows = new ArrayList<>();
        for (int back = 0; back < MONTHS; back++) {
            rows.addAll(month(latest.minusMonths(back)));
        }
        return rows;
    }

    /** One month's statistics, counted now; a month that has not ended yet is not published. */
    @PreAuthorize("permitAll()")
    public List<OpenStatistics> month(YearMonth month) {
        if (!month.isBefore(YearMonth.now(clock.withZone(ZoneId.of("Europe/London"))))) {
            throw new IllegalArgumentException("Only months that have ended are published: " + month);
        }
        return queries.month(month).stream().map(counts -> statistics(month, counts)).toList();
    }

    private static OpenStatistics statistics(YearMonth month, MonthCounts counts) {
        long requests = counts.requests();
        long outcomes = counts.outcomes().values().stream().mapToLong(Long::longValue).sum();
        return new OpenStatistics(month, counts.serviceId(), Suppression.count(requests),
                Suppression.parts(requests, every(Channel.values(), counts.channels())),
                Suppression.share(counts.withinTarget(), requests), Suppression.count(outcomes),
                Suppression.parts(outcomes, every(Outcome.values(), counts.outcomes())),
                Suppression.count(counts.answers()), Suppression.share(counts.satisfied(), counts.answers()));
    }

    /** Every value's count in the enum's order, 0 where there is none. */
    private static Map<String, Long> every(Enum<?>[] values, Map<String, Long> counts) {
        Map<String, Long> all = new LinkedHashMap<>();
        Arrays.stream(values).forEach(value -> all.put(value.name(), counts.getOrDefault(value.name(), 0L)));
        return all;
    }
}

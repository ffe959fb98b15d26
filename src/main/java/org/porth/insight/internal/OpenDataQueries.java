package org.porth.insight.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.porth.insight.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A month's counts per service for open data, summed in the database from the roll-ups (daily demand,
 * the per-case rows and the satisfaction answers), never from casework's tables; months are London's.
 */
@Component
public class OpenDataQueries {

    private final JdbcClient jdbc;

    OpenDataQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every service with a request, an outcome or an answer in the month, by service id. */
    public List<MonthCounts> month(YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Map<String, Map<String, Long>> channels = new HashMap<>();
        jdbc.sql("""
                select service_id, channel, sum(requests) as requests from insight_daily
                where on_day between ? and ? group by service_id, channel""").params(from, to)
                .query(rs -> {
                    channels.computeIfAbsent(rs.getString("service_id"), id -> new TreeMap<>())
                            .put(rs.getString("channel"), rs.getLong("requests"));
                });
        Map<String, Long> within = new HashMap<>();
        jdbc.sql("""
                select service_id, count(*) as cases from insight_case
                where submitted_day between ? and ? and sla_state <> 'BREACHED' group by service_id""").params(from, to)
                .query(rs -> {
                    within.put(rs.getString("service_id"), rs.getLong("cases"));
                });
        Map<String, Map<String, Long>> outcomes = new HashMap<>();
        Where ended = CaseFigureQueries.inPeriod(new Where().and("outcome is not null"), "outcome_at",
                Period.custom(from, to));
        jdbc.sql("select service_id, outcome, count(*) as cases from insight_case where %s group by service_id, outcome"
                .formatted(ended.sql())).params(ended.params())
                .query(rs -> {
                    outcomes.computeIfAbsent(rs.getString("service_id"), id -> new TreeMap<>())
                            .put(rs.getString("outcome"), rs.getLong("cases"));
                });
        Map<String, long[]> answers = new HashMap<>();
        jdbc.sql("""
                select service_id, count(*) as answers, sum(case when score >= 4 then 1 else 0 end) as satisfied
                from insight_satisfaction where on_day between ? and ? group by service_id""").params(from, to)
                .query(rs -> {
                    answers.put(rs.getString("service_id"), new long[] {rs.getLong("answers"), rs.getLong("satisfied")});
                });
        TreeSet<String> services = new TreeSet<>(channels.keySet());
        services.addAll(outcomes.keySet());
        services.addAll(answers.keySet());
        return services.stream().map(id -> new MonthCounts(id, channels.getOrDefault(id, Map.of()),
                within.getOrDefault(id, 0L), outcomes.getOrDefault(id, Map.of()),
                answers.getOrDefault(id, new long[2])[0], answers.getOrDefault(id, new long[2])[1])).toList();
    }
}

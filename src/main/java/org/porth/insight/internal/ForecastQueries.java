package org.porth.insight.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.porth.insight.InsightFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What "Looking ahead" forecasts from (decision 0067): cases arriving per queue, service and London
 * day, read from {@code insight_case} (which knows each case's queue; the daily roll-up counts per
 * team), and each queue's open cases now and cases ended recently, its rate of closing.
 */
@Component
public class ForecastQueries {

    private final JdbcClient jdbc;

    ForecastQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases that arrived on a day, for a queue and service. */
    public record Arrivals(String queueId, String serviceId, LocalDate day, long cases) {
    }

    /** Cases that arrived from {@code from} to {@code to}, both counted, under the filter (its period aside). */
    public List<Arrivals> arrivals(InsightFilter filter, Set<String> teams, LocalDate from, LocalDate to) {
        Where where = Where.of(filter, teams, "").and("submitted_day between :from and :to")
                .param("from", from).param("to", to);
        return jdbc.sql("""
                select queue_id, service_id, submitted_day, count(*) as cases from insight_case where %s
                group by queue_id, service_id, submitted_day""".formatted(where.sql()))
                .params(where.params())
                .query((rs, n) -> new Arrivals(rs.getString("queue_id"), rs.getString("service_id"),
                        rs.getObject("submitted_day", LocalDate.class), rs.getLong("cases")))
                .list();
    }

    /** Open cases per queue now. */
    public Map<String, Long> open(InsightFilter filter, Set<String> teams) {
        return perQueue(Where.of(filter, teams, "").and("open_case = true"));
    }

    /** Cases per queue that got an outcome from {@code from} up to {@code to}. */
    public Map<String, Long> ended(InsightFilter filter, Set<String> teams, Instant from, Instant to) {
        return perQueue(Where.of(filter, teams, "").and("outcome_at >= :start and outcome_at < :end")
                .param("start", Timestamp.from(from)).param("end", Timestamp.from(to)));
    }

    private Map<String, Long> perQueue(Where where) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select queue_id, count(*) as cases from insight_case where %s group by queue_id".formatted(where.sql()))
                .params(where.params())
                .query(rs -> {
                    counts.put(rs.getString("queue_id"), rs.getLong("cases"));
                });
        return counts;
    }
}

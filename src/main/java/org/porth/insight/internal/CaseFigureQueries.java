package org.porth.insight.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.porth.insight.AgeBand;
import org.porth.insight.Backlog;
import org.porth.insight.InsightFilter;
import org.porth.insight.OutcomeCount;
import org.porth.insight.Period;
import org.porth.insight.ServiceLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Backlog, service levels and outcomes from the per-case roll-up, grouped in the database. */
@Component
public class CaseFigureQueries {

    private final JdbcClient jdbc;
    private final AgeBands bands;

    CaseFigureQueries(JdbcClient jdbc, AgeBands bands) {
        this.jdbc = jdbc;
        this.bands = bands;
    }

    /** Open cases by queue and age band today, by queue then band; the filter's period plays no part. */
    public List<Backlog> backlog(InsightFilter filter, Set<String> teams, LocalDate today) {
        Where where = Where.of(filter, teams, "").and("open_case = true");
        Map<List<Object>, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select queue_id, team_id, submitted_day, count(*) as cases from insight_case where %s
                group by queue_id, team_id, submitted_day order by queue_id, submitted_day desc""".formatted(where.sql()))
                .params(where.params())
                .query(rs -> {
                    AgeBand band = bands.of(rs.getObject("submitted_day", LocalDate.class), today);
                    counts.merge(List.of(rs.getString("queue_id"), rs.getString("team_id"), band), rs.getLong("cases"), Long::sum);
                });
        List<Backlog> backlog = new ArrayList<>();
        counts.forEach((key, cases) -> backlog.add(new Backlog((String) key.get(0), (String) key.get(1), (AgeBand) key.get(2), cases)));
        return backlog;
    }

    /** Open cases by service and team, on track, at risk and breached. */
    public List<ServiceLevel> serviceLevels(InsightFilter filter, Set<String> teams) {
        Where where = Where.of(filter, teams, "").and("open_case = true");
        return jdbc.sql("""
                select service_id, team_id,
                    sum(case when sla_state = 'ON_TRACK' then 1 else 0 end) as on_track,
                    sum(case when sla_state = 'AT_RISK' then 1 else 0 end) as at_risk,
                    sum(case when sla_state = 'BREACHED' then 1 else 0 end) as breached
                from insight_case where %s group by service_id, team_id order by service_id, team_id""".formatted(where.sql()))
                .params(where.params())
                .query((rs, n) -> new ServiceLevel(rs.getString("service_id"), rs.getString("team_id"),
                        rs.getLong("on_track"), rs.getLong("at_risk"), rs.getLong("breached")))
                .list();
    }

    /** Cases that got an outcome in the period, by service and outcome, with how many of them had been reopened. */
    public List<OutcomeCount> outcomes(InsightFilter filter, Set<String> teams) {
        Where where = inPeriod(Where.of(filter, teams, ""), "outcome_at", filter.period());
        return jdbc.sql("""
                select service_id, outcome, count(*) as cases, sum(case when reopens > 0 then 1 else 0 end) as reopened
                from insight_case where %s group by service_id, outcome order by service_id, outcome""".formatted(where.sql()))
                .params(where.params())
                .query((rs, n) -> new OutcomeCount(rs.getString("service_id"), rs.getString("outcome"),
                        rs.getLong("cases"), rs.getLong("reopened")))
                .list();
    }

    /** From the start of the period's first day to the start of the day after its last, in Europe/London. */
    static Where inPeriod(Where where, String column, Period period) {
        return where.and(column + " >= :start and " + column + " < :end")
                .param("start", Timestamp.from(period.from().atStartOfDay(CaseFact.LONDON).toInstant()))
                .param("end", Timestamp.from(period.to().plusDays(1).atStartOfDay(CaseFact.LONDON).toInstant()));
    }
}

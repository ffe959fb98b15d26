package org.porth.insight.internal;

import java.util.List;
import java.util.Set;

import org.porth.insight.InsightFilter;
import org.porth.insight.SatisfactionFigure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Satisfaction answered on the period's days, per service, for the requests the filter and teams allow. */
@Component
public class SatisfactionQueries {

    private final JdbcClient jdbc;

    SatisfactionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SatisfactionFigure> by(InsightFilter filter, Set<String> teams) {
        Where where = Where.of(filter, teams, "c.").and("s.on_day between :from and :to")
                .param("from", filter.period().from()).param("to", filter.period().to());
        return jdbc.sql("""
                select s.service_id, count(*) as answers, sum(case when s.score >= 4 then 1 else 0 end) as satisfied,
                    sum(s.score) as scores
                from insight_satisfaction s join insight_case c on c.reference = s.reference
                where %s group by s.service_id order by s.service_id""".formatted(where.sql()))
                .params(where.params())
                .query((rs, n) -> new SatisfactionFigure(rs.getString("service_id"), rs.getLong("answers"),
                        rs.getLong("satisfied"), rs.getLong("scores")))
                .list();
    }
}

package org.porth.insight.internal;

import java.util.List;
import java.util.Set;

import org.porth.insight.Demand;
import org.porth.insight.Dimension;
import org.porth.insight.InsightFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Demand summed from the daily roll-up, never from the cases themselves. */
@Component
public class DemandQueries {

    private final JdbcClient jdbc;

    DemandQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Demand in the filter's period grouped by the dimension, in the order of its key. */
    public List<Demand> by(Dimension dimension, InsightFilter filter, Set<String> teams) {
        Where where = Where.of(filter, teams, "").and("on_day between :from and :to")
                .param("from", filter.period().from()).param("to", filter.period().to());
        String key = dimension == Dimension.DAY ? "cast(on_day as varchar(10))" : dimension.column();
        return jdbc.sql("""
                select %1$s as grouped, sum(requests) as requests, sum(duplicates + repeats + asked_again) as failures,
                    sum(chasers) as chasers, sum(reopens) as reopens, sum(contacts) as contacts
                from insight_daily where %2$s group by %1$s order by %1$s""".formatted(key, where.sql()))
                .params(where.params())
                .query((rs, n) -> new Demand(rs.getString("grouped"), rs.getLong("requests"), rs.getLong("failures"),
                        rs.getLong("chasers"), rs.getLong("reopens"), rs.getLong("contacts")))
                .list();
    }

    /** All demand in the filter's period. */
    public Demand total(InsightFilter filter, Set<String> teams) {
        return by(Dimension.SERVICE, filter, teams).stream().reduce(Demand.none(""), Demand::plus);
    }
}

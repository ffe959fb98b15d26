package org.porth.insight.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.porth.insight.AgeBand;
import org.porth.insight.DemandKind;
import org.porth.insight.Dimension;
import org.porth.insight.Drill;
import org.porth.insight.DrillItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cases behind a figure, from the same roll-up rows the figure was summed from, so that the
 * lines always add up to it: a request on its day, each chaser and reopening on theirs.
 */
@Component
public class DrillQueries {

    private static final String COLUMNS = "c.reference, c.service_id, c.team_id, c.queue_id, c.status";

    private final JdbcClient jdbc;
    private final AgeBands bands;

    DrillQueries(JdbcClient jdbc, AgeBands bands) {
        this.jdbc = jdbc;
        this.bands = bands;
    }

    public List<DrillItem> page(Drill drill, Set<String> teams, LocalDate today, int offset, int limit) {
        Where where = new Where();
        String sql = select(drill, teams, today, where) + " order by at, reference offset :offset rows fetch next :limit rows only";
        return jdbc.sql(sql).params(where.params()).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new DrillItem(rs.getString("reference"), rs.getString("service_id"),
                        rs.getString("team_id"), rs.getString("queue_id"), rs.getString("status"),
                        DemandKind.valueOf(rs.getString("kind")), rs.getTimestamp("at").toInstant()))
                .list();
    }

    public long count(Drill drill, Set<String> teams, LocalDate today) {
        Where where = new Where();
        return jdbc.sql("select count(*) from (" + select(drill, teams, today, where) + ") lines")
                .params(where.params()).query(Long.class).single();
    }

    /** The lines' query; its parameters go into {@code into}. */
    private String select(Drill drill, Set<String> teams, LocalDate today, Where into) {
        Where cases = Where.of(drill.filter(), teams, "c.");
        String sql = switch (drill.figure()) {
            case DEMAND -> demand(drill, cases, Where.of(drill.filter(), teams, "c."));
            case BACKLOG -> {
                LocalDate[] days = bands.days(AgeBand.valueOf(drill.state()), today);
                cases.and("c.open_case = true").and("c.queue_id = :key", "key", drill.key())
                        .and("c.submitted_day <= :latest", "latest", days[1]);
                if (days[0] != null) {
                    cases.and("c.submitted_day >= :earliest", "earliest", days[0]);
                }
                yield request(cases, "c.submitted_at");
            }
            case SERVICE_LEVEL -> request(cases.and("c.open_case = true").and("c.service_id = :key", "key", drill.key())
                    .and("c.sla_state = :state", "state", drill.state()), "c.submitted_at");
            case OUTCOME -> request(CaseFigureQueries.inPeriod(cases, "c.outcome_at", drill.filter().period())
                    .and("c.service_id = :key", "key", drill.key()).and("c.outcome = :state", "state", drill.state()),
                    "c.outcome_at");
            case SATISFACTION -> satisfaction(drill, cases);
        };
        into.params().putAll(cases.params());
        return sql;
    }

    private static String request(Where where, String at) {
        return "select " + COLUMNS + ", coalesce(c.failure, 'REQUEST') as kind, " + at + " as at from insight_case c where "
                + where.sql();
    }

    /** The requests of the service whose resident answered on the period's days, as the satisfaction figure counts them. */
    private static String satisfaction(Drill drill, Where cases) {
        cases.and("s.on_day between :from and :to").param("from", drill.filter().period().from())
                .param("to", drill.filter().period().to()).and("s.service_id = :key", "key", drill.key());
        if (Drill.SATISFIED.equals(drill.state())) {
            cases.and("s.score >= 4");
        }
        return "select " + COLUMNS + ", 'REQUEST' as kind, s.answered_at as at from insight_satisfaction s"
                + " join insight_case c on c.reference = s.reference where " + cases.sql();
    }

    /** Requests submitted on the period's days, and contacts made on them; both matching the figure's group. */
    private static String demand(Drill drill, Where requests, Where contacts) {
        requests.and("c.submitted_day between :from and :to").param("from", drill.filter().period().from())
                .param("to", drill.filter().period().to());
        contacts.and("t.on_day between :from and :to");
        if (drill.dimension() != null) {
            String column = drill.dimension() == Dimension.WARD ? "coalesce(c.ward, '')" : "c." + drill.dimension().column();
            requests.and((drill.dimension() == Dimension.DAY ? "c.submitted_day" : column) + " = :key",
                    "key", drill.dimension() == Dimension.DAY ? LocalDate.parse(drill.key()) : drill.key());
            contacts.and((drill.dimension() == Dimension.DAY ? "t.on_day" : column) + " = :key");
        }
        if (Drill.FAILURE.equals(drill.state())) {
            requests.and("c.failure is not null");
        }
        return request(requests, "c.submitted_at") + " union all select " + COLUMNS
                + ", t.kind, t.happened_at as at from insight_contact t join insight_case c on c.reference = t.reference where "
                + contacts.sql();
    }
}

package org.porth.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.porth.casework.CaseSummary;
import org.porth.casework.ResidentReply;
import org.porth.casework.TimelineKind;
import org.porth.catalogue.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An officer's own open cases, read as rows for Your work: most urgent first in the order of the
 * index service_case_to_take (assigned_to, priority desc, due_at), and the residents' replies to
 * them. An officer has tens of cases, not thousands, but the list is still read a page at a time.
 */
@Component
public class OwnCases {

    /** Only cases of the officer's teams' queues: the others (left behind on leaving a team) they cannot open. */
    private static final String TEAMS_QUEUES = " in (select q.id from work_queue q join team_member m on m.team_id = q.team_id"
            + " where m.staff_id = :officer)";
    private static final String OWN_OPEN = " from service_case where assigned_to = :officer and status in (:open)"
            + " and queue_id" + TEAMS_QUEUES;
    private static final String URGENT_FIRST = " order by priority desc, due_at, id";

    private final JdbcClient jdbc;

    OwnCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CaseSummary> page(String officer, int offset, int limit) {
        return jdbc.sql("select " + CaseListing.COLUMNS + OWN_OPEN + URGENT_FIRST
                        + " offset :offset rows fetch next :limit rows only")
                .param("officer", officer).param("open", OpenStatuses.NAMES)
                .param("offset", offset).param("limit", limit)
                .query(CaseListing::summary).list();
    }

    public long count(String officer) {
        return jdbc.sql("select count(*)" + OWN_OPEN).param("officer", officer).param("open", OpenStatuses.NAMES)
                .query(Long.class).single();
    }

    /** Those at risk or overdue (the service-level watch's marks), overdue first, then soonest due. */
    public List<CaseSummary> late(String officer, int limit) {
        return jdbc.sql("select " + CaseListing.COLUMNS + OWN_OPEN + " and sla_state in ('AT_RISK', 'BREACHED')"
                        + " order by case when sla_state = 'BREACHED' then 0 else 1 end, due_at, id"
                        + " fetch first :limit rows only")
                .param("officer", officer).param("open", OpenStatuses.NAMES).param("limit", limit)
                .query(CaseListing::summary).list();
    }

    /** What residents wrote on the officer's open cases after the instant (any time when null), newest first. */
    public List<ResidentReply> repliesSince(String officer, Instant since, int limit) {
        return jdbc.sql("""
                        select c.reference, c.summary_en, c.summary_cy, t.kind, t.happened_at
                        from service_case c join case_timeline t on t.case_id = c.id
                        where c.assigned_to = :officer and c.status in (:open) and c.queue_id""" + TEAMS_QUEUES + """
                          and t.kind in ('RESIDENT_REPLIED', 'RESIDENT_MESSAGE') and t.happened_at > :since
                        order by t.happened_at desc, t.id
                        fetch first :limit rows only""")
                .param("officer", officer).param("open", OpenStatuses.NAMES)
                .param("since", Timestamp.from(since == null ? Instant.EPOCH : since)).param("limit", limit)
                .query((row, number) -> new ResidentReply(row.getString("reference"),
                        new Text(row.getString("summary_en"), row.getString("summary_cy")),
                        TimelineKind.valueOf(row.getString("kind")), row.getTimestamp("happened_at").toInstant()))
                .list();
    }
}

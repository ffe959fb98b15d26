package org.porth.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.porth.casework.CaseStatus;
import org.porth.casework.CaseSummary;
import org.porth.casework.Priority;
import org.porth.casework.SlaState;
import org.porth.catalogue.Text;

/**
 * Take next's claim, in plain JDBC: it runs hundreds of times a second, so it reads only the
 * columns of the summary (never the answers), finds the officer's queues in the same statement and
 * writes only the columns it changes. Call it in a transaction: the row stays locked until commit.
 * {@link CaseClaimsChoice} picks the way for the database.
 */
public interface CaseClaims {

    /**
     * The most urgent unassigned case waiting in the officer's teams' queues, soonest due first,
     * locked for this transaction; cases another officer's transaction has locked are skipped, not
     * waited for. Ordering by assigned_to as well (null in every row) is what lets PostgreSQL read
     * the order from the index service_case_to_take: it does not take {@code is null} as fixing the
     * column's value. The first condition, on the officer alone, is checked once before the walk,
     * so an officer in no team does not walk the whole backlog to find nothing.
     */
    String NEXT = """
            select c.id, c.reference, c.service_id, c.queue_id, c.status, c.priority, c.ward, c.assigned_to,
                   c.submitted_at, c.due_at, c.sla_state, c.routed_by_rule, c.summary_en, c.summary_cy
            from service_case c
            where exists (select 1 from team_member t where t.staff_id = :officer)
              and c.queue_id in (select q.id from work_queue q join team_member m on m.team_id = q.team_id
                                 where m.staff_id = :officer)
              and c.assigned_to is null and c.status in ('SUBMITTED', 'IN_TRIAGE')
            order by c.assigned_to, c.priority desc, c.due_at
            fetch first 1 rows only
            for update skip locked""";

    /** Assigns the next case to the officer, taking it into triage when it is new, and notes both. */
    Optional<CaseSummary> next(String officer);

    /** The summary from a row of NEXT's columns. */
    static CaseSummary summary(ResultSet row) throws SQLException {
        return new CaseSummary(row.getString("reference"), row.getString("service_id"), row.getString("queue_id"),
                CaseStatus.valueOf(row.getString("status")), Priority.ofRank(row.getInt("priority")),
                row.getString("ward"), row.getString("assigned_to"), row.getTimestamp("submitted_at").toInstant(),
                row.getTimestamp("due_at").toInstant(), SlaState.valueOf(row.getString("sla_state")),
                row.getString("routed_by_rule"), new Text(row.getString("summary_en"), row.getString("summary_cy")));
    }
}

package org.porth.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.porth.casework.SlaState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The open cases the service-level watch reads, and the flag it raises on one. */
@Component
class WatchedCases {

    private final JdbcClient jdbc;

    WatchedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next open cases not yet breached, soonest due first, after the given one in that order
     * (by due moment, then id): a page at a time, so a run never holds them all.
     */
    List<WatchedCase> notBreachedAfter(Instant dueAt, String id, int limit) {
        return jdbc.sql("""
                select id, reference, queue_id, submitted_at, due_at, paused_at, sla_state from service_case
                where status in (:open) and sla_state <> 'BREACHED'
                  and (due_at > :due or (due_at = :due and id > :id))
                order by due_at, id
                fetch first :limit rows only""")
                .param("open", OpenStatuses.NAMES).param("due", utc(dueAt)).param("id", id).param("limit", limit)
                .query(WatchedCases::watched).list();
    }

    /**
     * Raises the case's flag from the state it was read in to the next, unless another run has
     * already moved it: true when this call did. The version moves too, so an officer's edit made
     * from the case as it was fails rather than writing the old state back.
     */
    boolean flag(WatchedCase watched, SlaState to, Instant at) {
        return jdbc.sql("""
                update service_case set sla_state = ?, updated_at = ?, version = version + 1
                where id = ? and sla_state = ?""")
                .params(to.name(), utc(at), watched.id(), watched.slaState().name()).update() == 1;
    }

    private static WatchedCase watched(ResultSet row, int rowNumber) throws SQLException {
        Timestamp pausedAt = row.getTimestamp("paused_at");
        return new WatchedCase(row.getString("id"), row.getString("reference"), row.getString("queue_id"),
                row.getTimestamp("submitted_at").toInstant(), row.getTimestamp("due_at").toInstant(),
                pausedAt == null ? null : pausedAt.toInstant(), SlaState.valueOf(row.getString("sla_state")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

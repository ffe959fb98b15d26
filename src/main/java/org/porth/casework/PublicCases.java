package org.porth.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where cases stand, for channels that show reports publicly (Open311): status, due date, the team's
 * public name and the status changes. It gives nothing a resident wrote or an officer noted, so anyone
 * may ask; a caller asks only about the references it knows.
 */
@Service
public class PublicCases {

    private final JdbcClient jdbc;

    PublicCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cases of those references that have been opened; in no particular order. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicCase> of(Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.reference, c.service_id, c.status, c.submitted_at, c.updated_at, c.due_at, c.paused_at,
                       t.name_en as team
                from service_case c join work_queue q on q.id = c.queue_id join team t on t.id = q.team_id
                where c.reference in (:references)""").param("references", references)
                .query((row, number) -> new PublicCase(row.getString("reference"), row.getString("service_id"),
                        CaseStatus.valueOf(row.getString("status")), instant(row, "submitted_at"),
                        instant(row, "updated_at"), row.getObject("paused_at") != null ? null : instant(row, "due_at"),
                        row.getString("team")))
                .list();
    }

    /**
     * The status changes of cases that came through an API channel, from {@code from} (inclusive) to
     * {@code to} (exclusive), oldest first, at most {@code limit}.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicUpdate> updates(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                select e.id, c.reference, e.subject, e.happened_at
                from case_timeline e join service_case c on c.id = e.case_id
                where c.channel = 'API' and e.kind = 'STATUS_CHANGED' and e.visible_to_resident
                  and e.happened_at >= :from and e.happened_at < :to
                order by e.happened_at, e.id
                fetch first %d rows only""".formatted(limit))
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .query((row, number) -> new PublicUpdate(row.getString("id"), row.getString("reference"),
                        CaseStatus.valueOf(row.getString("subject")),
                        instant(row, "happened_at")))
                .list();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}

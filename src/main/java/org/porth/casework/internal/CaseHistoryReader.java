package org.porth.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.porth.casework.CaseHistory;
import org.porth.casework.CaseStatus;
import org.porth.casework.ContactReason;
import org.porth.casework.Outcome;
import org.porth.casework.SlaState;
import org.porth.casework.TeamName;
import org.porth.casework.TimelineKind;
import org.porth.catalogue.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads cases with the timeline entries insight counts (chasers, reopenings, failure-demand contacts), a page at a time, in two queries a page. */
@Component
public class CaseHistoryReader {

    /** The reasons staff record a contact for that are failure demand: the subject of a CONTACT entry. */
    private static final List<String> FAILURE_REASONS = Arrays.stream(ContactReason.values())
            .filter(ContactReason::isFailureDemand).map(ContactReason::name).toList();

    private final JdbcClient jdbc;

    CaseHistoryReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case with that reference, or the page after that reference (null: from the first). */
    public List<CaseHistory> page(String reference, String after, int limit) {
        String where = reference != null ? "c.reference = :reference" : after != null ? "c.reference > :after" : "1 = 1";
        List<Row> rows = jdbc.sql("""
                select c.id, c.reference, c.service_id, c.resident_id, c.channel, c.ward, c.queue_id, q.team_id,
                    c.status, c.submitted_at, c.due_at, c.sla_state, c.outcome, c.outcome_at, p.latitude, p.longitude
                from service_case c join work_queue q on q.id = c.queue_id
                left join case_position p on p.case_id = c.id
                where %s order by c.reference fetch first :limit rows only""".formatted(where))
                .param("reference", reference).param("after", after).param("limit", limit)
                .query((rs, n) -> new Row(rs.getString("id"), rs)).list();
        Map<TimelineKind, Map<String, List<Instant>>> counted = new EnumMap<>(TimelineKind.class);
        if (!rows.isEmpty()) {
            jdbc.sql("""
                    select case_id, kind, happened_at from case_timeline
                    where case_id in (:ids) and (kind in ('RESIDENT_MESSAGE', 'REOPENED')
                        or kind = 'CONTACT' and subject in (:failures)) order by happened_at""")
                    .param("ids", rows.stream().map(Row::id).toList()).param("failures", FAILURE_REASONS)
                    .query(rs -> {
                        counted.computeIfAbsent(TimelineKind.valueOf(rs.getString("kind")), kind -> new HashMap<>())
                                .computeIfAbsent(rs.getString("case_id"), id -> new ArrayList<>())
                                .add(rs.getTimestamp("happened_at").toInstant());
                    });
        }
        return rows.stream().map(row -> row.history(entries(counted, TimelineKind.RESIDENT_MESSAGE, row),
                entries(counted, TimelineKind.REOPENED, row), entries(counted, TimelineKind.CONTACT, row))).toList();
    }

    private static List<Instant> entries(Map<TimelineKind, Map<String, List<Instant>>> counted, TimelineKind kind, Row row) {
        return counted.getOrDefault(kind, Map.of()).getOrDefault(row.id(), List.of());
    }

    public List<TeamName> teams() {
        return jdbc.sql("select id, id as team_id, name_en, name_cy from team order by name_en").query(CaseHistoryReader::name).list();
    }

    public List<TeamName> queues() {
        return jdbc.sql("select id, team_id, name_en, name_cy from work_queue order by name_en").query(CaseHistoryReader::name).list();
    }

    private static TeamName name(ResultSet rs, int n) throws SQLException {
        return new TeamName(rs.getString("id"), rs.getString("team_id"), new Text(rs.getString("name_en"), rs.getString("name_cy")));
    }

    /** A case's own columns, read before its timeline. */
    private record Row(String id, String reference, String serviceId, String residentId, String channel, String ward,
            String queueId, String teamId, CaseStatus status, Instant submittedAt, Instant dueAt, SlaState sla,
            String outcome, Instant outcomeAt, Double latitude, Double longitude) {

        Row(String id, ResultSet rs) throws SQLException {
            this(id, rs.getString("reference"), rs.getString("service_id"), rs.getString("resident_id"),
                    rs.getString("channel"), rs.getString("ward"), rs.getString("queue_id"), rs.getString("team_id"),
                    CaseStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("submitted_at")),
                    instant(rs.getTimestamp("due_at")), SlaState.valueOf(rs.getString("sla_state")),
                    rs.getString("outcome"), instant(rs.getTimestamp("outcome_at")),
                    rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class));
        }

        CaseHistory history(List<Instant> messages, List<Instant> reopenings, List<Instant> failureContacts) {
            // a case worked again keeps its last outcome in its row; it has none until it ends again
            Outcome ended = outcome == null || status.isOpen() ? null : Outcome.valueOf(outcome);
            return new CaseHistory(reference, serviceId, residentId, channel, ward, queueId, teamId, status,
                    submittedAt, dueAt, sla, ended, ended == null ? null : outcomeAt, latitude, longitude,
                    messages, reopenings, failureContacts);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

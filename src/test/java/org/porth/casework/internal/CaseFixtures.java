package org.porth.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.porth.apply.Reference;
import org.porth.casework.CaseStatus;
import org.porth.casework.Priority;
import org.springframework.jdbc.core.JdbcTemplate;

/** A team and queue of a test's own, and cases in it written straight to the database, many at a time. */
public final class CaseFixtures {

    private final JdbcTemplate jdbc;
    public final String team;
    public final String queue;

    public CaseFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String id = UUID.randomUUID().toString().substring(0, 8);
        this.team = "test-team-" + id;
        this.queue = "test-queue-" + id;
        jdbc.update("insert into team (id, name_en, name_cy) values (?, 'Test team', 'Tîm prawf')", team);
        jdbc.update("insert into work_queue (id, team_id, name_en, name_cy) values (?, ?, 'Test queue', 'Ciw prawf')",
                queue, team);
    }

    public void member(String staffId) {
        jdbc.update("insert into team_member (team_id, staff_id, supervisor) values (?, ?, false)", team, staffId);
    }

    public void supervisor(String staffId) {
        jdbc.update("insert into team_member (team_id, staff_id, supervisor) values (?, ?, true)", team, staffId);
    }

    /** A case in the queue in the given status, submitted and due when given; its reference. */
    public String opened(CaseStatus status, Instant submitted, Instant due) {
        String reference = Reference.random().value();
        jdbc.update("""
                insert into service_case (id, reference, request_id, service_id, service_version, resident_id, channel,
                    answers, priority, status, queue_id, submitted_at, due_at, sla_state, updated_at, version)
                values (?, ?, ?, 'missed-bin', 1, ?, 'WEB', '{}', 2, ?, ?, ?, ?, 'ON_TRACK', ?, 0)""",
                UUID.randomUUID().toString(), reference, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                status.name(), queue, Timestamp.from(submitted), Timestamp.from(due), Timestamp.from(submitted));
        return reference;
    }

    /** Cases waiting in the queue, unassigned; their references, in the order given. */
    public List<String> waiting(int count, Priority priority, Instant due) {
        List<Object[]> rows = new ArrayList<>();
        List<String> references = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            String reference = Reference.random().value();
            references.add(reference);
            rows.add(new Object[] {UUID.randomUUID().toString(), reference, UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(), priority.rank(), queue, now, Timestamp.from(due), now});
        }
        jdbc.batchUpdate("""
                insert into service_case (id, reference, request_id, service_id, service_version, resident_id, channel,
                    answers, priority, status, queue_id, submitted_at, due_at, sla_state, updated_at, version)
                values (?, ?, ?, 'missed-bin', 1, ?, 'WEB', '{}', ?, 'SUBMITTED', ?, ?, ?, 'ON_TRACK', ?, 0)""", rows);
        return references;
    }
}

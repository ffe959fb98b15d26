package org.porth.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.porth.casework.CaseStatus;
import org.porth.casework.Priority;
import org.porth.casework.SlaState;
import org.porth.catalogue.Text;
import org.porth.shared.Reference;
import org.springframework.jdbc.core.JdbcTemplate;

/** A team and queue of a test's own, and cases in it written straight to the database, many at a time. */
public final class CaseFixtures {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    public final String team;
    public final String queue;

    public CaseFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String id = UUID.randomUUID().toString().substring(0, 8);
        this.team = "test-team-" + id;
        this.queue = "test-queue-" + id;
        jdbc.update("insert into team (id, name_en, name_cy) values (?, 'Test team " + id + "', 'Tîm prawf')", team);
        addQueue(queue);
    }

    /** Another queue of the same team; its id. */
    public String anotherQueue() {
        String another = queue + "-" + UUID.randomUUID().toString().substring(0, 4);
        addQueue(another);
        return another;
    }

    public void member(String staffId) {
        jdbc.update("insert into team_member (team_id, staff_id, supervisor) values (?, ?, false)", team, staffId);
    }

    /** A case of the resident's waiting in the queue, unassigned; its reference. */
    public String waitingFor(String residentId, Instant due) {
        return insert(List.of(NewCase.in(queue).resident(residentId).due(due))).getFirst();
    }

    public void supervisor(String staffId) {
        jdbc.update("insert into team_member (team_id, staff_id, supervisor) values (?, ?, true)", team, staffId);
    }

    /** A case in the queue in the given status, submitted and due when given; its reference. */
    public String opened(CaseStatus status, Instant submitted, Instant due) {
        return insert(List.of(NewCase.in(queue).status(status).submitted(submitted).due(due))).getFirst();
    }

    /** Cases waiting in the queue, unassigned; their references, in the order given. */
    public List<String> waiting(int count, Priority priority, Instant due) {
        List<NewCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(NewCase.in(queue).priority(priority).due(due));
        }
        return insert(cases);
    }

    /** The cases, in batches; their references, in the order given. */
    public List<String> insert(List<NewCase> cases) {
        List<Object[]> rows = new ArrayList<>();
        for (NewCase c : cases) {
            rows.add(new Object[] {UUID.randomUUID().toString(), c.reference, UUID.randomUUID().toString(), c.serviceId,
                    c.residentId, c.ward, c.priority.rank(), c.status.name(), c.queue, c.assignedTo,
                    Timestamp.from(c.submitted), Timestamp.from(c.due), c.sla.name(), Timestamp.from(c.submitted),
                    c.about.en(), c.about.cy()});
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate("""
                    insert into service_case (id, reference, request_id, service_id, service_version, resident_id,
                        channel, answers, ward, priority, status, queue_id, assigned_to, submitted_at, due_at, sla_state,
                        updated_at, summary_en, summary_cy, version)
                    values (?, ?, ?, ?, 1, ?, 'WEB', '{}', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                    rows.subList(from, Math.min(from + BATCH, rows.size())));
        }
        return cases.stream().map(c -> c.reference).toList();
    }

    private void addQueue(String id) {
        jdbc.update("insert into work_queue (id, team_id, name_en, name_cy) values (?, ?, ?, 'Ciw prawf')",
                id, team, "Test queue " + id);
    }

    /** A case to insert: unassigned, submitted now, due in a week, normal priority, on track, unless told. */
    public static final class NewCase {

        private final String reference = Reference.random().value();
        private final String queue;
        private String serviceId = "missed-bin";
        private String residentId = UUID.randomUUID().toString();
        private Priority priority = Priority.NORMAL;
        private CaseStatus status = CaseStatus.SUBMITTED;
        private String ward;
        private String assignedTo;
        private Instant submitted = Instant.now();
        private Instant due = submitted.plusSeconds(7 * 24 * 3600);
        private SlaState sla = SlaState.ON_TRACK;
        private Text about = new Text("", "");

        private NewCase(String queue) {
            this.queue = queue;
        }

        public static NewCase in(String queue) {
            return new NewCase(queue);
        }

        public String reference() {
            return reference;
        }

        public Priority priority() {
            return priority;
        }

        public Instant submitted() {
            return submitted;
        }

        public Instant due() {
            return due;
        }

        public NewCase service(String serviceId) {
            this.serviceId = serviceId;
            return this;
        }

        public NewCase resident(String residentId) {
            this.residentId = residentId;
            return this;
        }

        public NewCase priority(Priority priority) {
            this.priority = priority;
            return this;
        }

        public NewCase status(CaseStatus status) {
            this.status = status;
            return this;
        }

        public NewCase ward(String ward) {
            this.ward = ward;
            return this;
        }

        public NewCase assignedTo(String officer) {
            this.assignedTo = officer;
            return this;
        }

        public NewCase submitted(Instant submitted) {
            this.submitted = submitted;
            return this;
        }

        public NewCase due(Instant due) {
            this.due = due;
            return this;
        }

        /** What the request is about, as its summary line says it in each language. */
        public NewCase about(Text about) {
            this.about = about;
            return this;
        }

        public NewCase sla(SlaState sla) {
            this.sla = sla;
            return this;
        }
    }
}

package org.porth.insight;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.porth.insight.internal.Rollups;
import org.porth.shared.Reference;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two teams of a test's own, a queue each, and two services' ids no other test uses; cases written
 * straight to casework's tables as they would stand, then counted as the roll-up listener counts them.
 */
public final class InsightFixture {

    public final String id = UUID.randomUUID().toString().substring(0, 8);
    public final String potholes = "potholes-" + id;
    public final String bins = "bins-" + id;
    public final String highways = "highways-" + id;
    public final String waste = "waste-" + id;
    public final String highwaysQueue = "highways-queue-" + id;
    public final String wasteQueue = "waste-queue-" + id;
    private final JdbcTemplate jdbc;
    private final Rollups rollups;

    public InsightFixture(JdbcTemplate jdbc, Rollups rollups) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        team(highways, highwaysQueue);
        team(waste, wasteQueue);
    }

    public void supervisor(String teamId, String staffId) {
        jdbc.update("insert into team_member (team_id, staff_id, supervisor) values (?, ?, true)", teamId, staffId);
    }

    public Case in(String queue, String service) {
        return new Case(queue, service);
    }

    private void team(String team, String queue) {
        jdbc.update("insert into team (id, name_en, name_cy) values (?, ?, ?)", team, "Team " + team, "Tîm " + team);
        jdbc.update("insert into work_queue (id, team_id, name_en, name_cy) values (?, ?, ?, ?)", queue, team,
                "Queue " + queue, "Ciw " + queue);
    }

    /** A case to write: open and on track in the queue unless told otherwise. */
    public final class Case {
        private final String caseId = UUID.randomUUID().toString();
        private final String reference = Reference.random().value();
        private final String queue;
        private final String service;
        private String resident = UUID.randomUUID().toString();
        private String channel = "WEB";
        private String ward;
        private String status = "IN_PROGRESS";
        private String sla = "ON_TRACK";
        private String outcome;
        private Instant outcomeAt;
        private Double latitude;
        private Double longitude;

        private Case(String queue, String service) {
            this.queue = queue;
            this.service = service;
        }

        public Case by(String residentId) {
            resident = residentId;
            return this;
        }

        public Case channel(String value) {
            channel = value;
            return this;
        }

        public Case ward(String value) {
            ward = value;
            return this;
        }

        public Case sla(String value) {
            sla = value;
            return this;
        }

        public Case at(double lat, double lon) {
            latitude = lat;
            longitude = lon;
            return this;
        }

        public Case ended(String endStatus, String endOutcome, String at) {
            status = endStatus;
            outcome = endOutcome;
            outcomeAt = Instant.parse(at);
            return this;
        }

        /**
         * Writes the case submitted then, with the resident's messages, reopenings ("reopened " and the time) and
         * contacts staff recorded ("contact ", the reason, a space and the time) at the times given; its reference.
         */
        public String submitted(String at, String... messagesThenReopenings) {
            Instant submitted = Instant.parse(at);
            jdbc.update("""
                    insert into service_case (id, reference, request_id, service_id, service_version, resident_id,
                        channel, answers, ward, priority, status, queue_id, submitted_at, due_at, sla_state, outcome,
                        outcome_at, updated_at, summary_en, summary_cy, version)
                    values (?, ?, ?, ?, 1, ?, ?, '{}', ?, 2, ?, ?, ?, ?, ?, ?, ?, ?, '', '', 0)""",
                    caseId, reference, UUID.randomUUID().toString(), service, resident, channel, ward, status, queue,
                    Timestamp.from(submitted), Timestamp.from(submitted.plusSeconds(5 * 86_400)), sla, outcome,
                    outcomeAt == null ? null : Timestamp.from(outcomeAt), Timestamp.from(submitted));
            if (latitude != null) {
                jdbc.update("insert into case_position (case_id, latitude, longitude) values (?, ?, ?)", caseId, latitude, longitude);
            }
            for (String entry : messagesThenReopenings) {
                String[] words = entry.split(" ");
                String kind = words.length == 1 ? "RESIDENT_MESSAGE" : words[0].equals("reopened") ? "REOPENED" : "CONTACT";
                jdbc.update("""
                        insert into case_timeline (id, case_id, happened_at, kind, visible_to_resident, subject)
                        values (?, ?, ?, ?, true, ?)""", UUID.randomUUID().toString(), caseId,
                        Timestamp.from(Instant.parse(words[words.length - 1])), kind, words.length == 3 ? words[1] : null);
            }
            rollups.refresh(reference);
            return reference;
        }
    }
}

package org.porth.casework.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import org.porth.casework.CaseStatus;
import org.porth.casework.CaseSummary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The claim in three steps, for any database with {@code for update skip locked} (H2): lock the
 * next case, update it, write its timeline through {@link Timeline} and its audit entry.
 */
class LockingCaseClaims implements CaseClaims {

    private final JdbcClient jdbc;
    private final Timeline timeline;
    private final AuditLog audit;
    private final Clock clock;

    LockingCaseClaims(JdbcClient jdbc, Timeline timeline, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<CaseSummary> next(String officer) {
        return jdbc.sql(NEXT).param("officer", officer).query((row, number) -> new Waiting(row.getString("id"),
                CaseClaims.summary(row))).optional().map(found -> {
            CaseSummary was = found.summary();
            boolean intoTriage = was.status() == CaseStatus.SUBMITTED;
            CaseStatus status = intoTriage ? CaseStatus.IN_TRIAGE : was.status();
            // version moves too, so an edit made from the case as it was read before fails
            jdbc.sql("""
                    update service_case set assigned_to = ?, status = ?, updated_at = ?, version = version + 1
                    where id = ?""")
                    .params(officer, status.name(), clock.instant().atOffset(ZoneOffset.UTC), found.id()).update();
            timeline.taken(found.id(), officer, intoTriage);
            audit.record(found.id(), officer, AuditLog.TAKEN, AuditLog.QUEUE_VIEW, null);
            return new CaseSummary(was.reference(), was.serviceId(), was.queueId(), status, was.priority(),
                    was.ward(), officer, was.submittedAt(), was.dueAt(), was.slaState(), was.routedByRule(), was.about());
        });
    }

    private record Waiting(String id, CaseSummary summary) {
    }
}

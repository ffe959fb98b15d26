package org.porth.casework.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.porth.casework.CaseSummary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The claim in one statement on PostgreSQL: lock the next case, update it and write the two
 * timeline entries {@link Timeline#taken} would and its audit entry, in one round trip instead of three (the numbers
 * are in docs/performance.md). Both statuses it takes become IN_TRIAGE; STATUS_CHANGED only for a
 * new case. The version moves too, so an edit made from the case as it was read fails.
 */
class PostgresCaseClaims implements CaseClaims {

    private static final String CLAIM = "with next as (" + NEXT + """
            ), taken as (
                update service_case c
                set assigned_to = :officer, status = 'IN_TRIAGE', updated_at = :now, version = c.version + 1
                from next where c.id = next.id
                returning c.id, c.reference, c.service_id, c.queue_id, c.status, c.priority, c.ward, c.assigned_to,
                          c.submitted_at, c.due_at, c.sla_state, c.routed_by_rule, c.summary_en, c.summary_cy,
                          next.status as was
            ), assigned as (
                insert into case_timeline (id, case_id, happened_at, kind, visible_to_resident, actor, subject)
                select :assignedEntry, id, :now, 'ASSIGNED', false, :officer, :officer from taken
            ), triaged as (
                insert into case_timeline (id, case_id, happened_at, kind, visible_to_resident, actor, subject)
                select :triagedEntry, id, :triagedAt, 'STATUS_CHANGED', true, :officer, 'IN_TRIAGE' from taken
                where was = 'SUBMITTED'
            ), audited as (
                insert into case_audit (id, case_id, at, staff_id, action, screen)
                select :auditEntry, id, :now, :officer, 'TAKEN', 'queue-view' from taken
            )
            select * from taken""";

    private final JdbcClient jdbc;
    private final Clock clock;

    PostgresCaseClaims(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<CaseSummary> next(String officer) {
        return jdbc.sql(CLAIM).param("officer", officer)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("triagedAt", clock.instant().atOffset(ZoneOffset.UTC))
                .param("assignedEntry", UUID.randomUUID().toString())
                .param("triagedEntry", UUID.randomUUID().toString())
                .param("auditEntry", UUID.randomUUID().toString())
                .query((row, number) -> CaseClaims.summary(row)).optional();
    }
}

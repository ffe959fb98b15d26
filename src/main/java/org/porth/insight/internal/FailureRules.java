package org.porth.insight.internal;

import java.time.Duration;

import org.porth.casework.CaseHistory;
import org.porth.casework.Outcome;
import org.porth.insight.DemandKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a request counts as (decision 0054): a duplicate when an officer linked it to another; a
 * repeat when a case of the same service at the same place (within {@code porth.insight.same-place-metres})
 * came in during the repeat window before it; asked again when the same resident withdrew a request
 * for the same service during that window; otherwise value demand. It compares with the cases insight
 * has already counted.
 */
@Component
class FailureRules {

    private static final double METRES_PER_DEGREE = 111_320;

    private final JdbcClient jdbc;
    private final Duration window;
    private final double samePlaceMetres;

    FailureRules(JdbcClient jdbc, @Value("${porth.insight.failure-window:28d}") Duration window,
            @Value("${porth.insight.same-place-metres:50}") double samePlaceMetres) {
        this.jdbc = jdbc;
        this.window = window;
        this.samePlaceMetres = samePlaceMetres;
    }

    DemandKind of(CaseHistory history) {
        if (history.outcome() == Outcome.DUPLICATE_OF_ANOTHER) {
            return DemandKind.DUPLICATE;
        }
        if (history.latitude() != null && repeat(history)) {
            return DemandKind.REPEAT;
        }
        return askedAgain(history) ? DemandKind.ASKED_AGAIN : DemandKind.REQUEST;
    }

    /** A box of the same-place distance each way: near enough a circle at a street's scale. */
    private boolean repeat(CaseHistory later) {
        double latitudeDelta = samePlaceMetres / METRES_PER_DEGREE;
        double longitudeDelta = samePlaceMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(later.latitude())));
        return jdbc.sql("""
                select count(*) from insight_case where service_id = :service and reference <> :reference
                and latitude between :south and :north and longitude between :west and :east
                and submitted_at >= :since and submitted_at < :at""")
                .param("service", later.serviceId()).param("reference", later.reference())
                .param("south", later.latitude() - latitudeDelta).param("north", later.latitude() + latitudeDelta)
                .param("west", later.longitude() - longitudeDelta).param("east", later.longitude() + longitudeDelta)
                .param("since", java.sql.Timestamp.from(later.submittedAt().minus(window)))
                .param("at", java.sql.Timestamp.from(later.submittedAt()))
                .query(Long.class).single() > 0;
    }

    private boolean askedAgain(CaseHistory later) {
        return jdbc.sql("""
                select count(*) from insight_case where resident_id = :resident and service_id = :service
                and reference <> :reference and outcome = :withdrawn and outcome_at >= :since and outcome_at <= :at""")
                .param("resident", later.residentId()).param("service", later.serviceId())
                .param("reference", later.reference()).param("withdrawn", Outcome.WITHDRAWN_BY_RESIDENT.name())
                .param("since", java.sql.Timestamp.from(later.submittedAt().minus(window)))
                .param("at", java.sql.Timestamp.from(later.submittedAt()))
                .query(Long.class).single() > 0;
    }
}

package org.porth.casework.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.porth.casework.CaseStatus;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The property each case is about (its UPRN), kept when the case opens, to find the earlier cases at
 * the same address. A case names a property when a location or address answer was picked from the
 * gazetteer; the first such answer, in the order the service asks its questions, is the one.
 */
@Component
public class CaseProperties {

    /** The earlier cases listed at most: enough to see a pattern, few enough to read. */
    static final int LISTED = 20;

    private final JdbcClient jdbc;

    CaseProperties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Optional<String> uprnOf(ServiceDefinition service, Answers answers) {
        return service.pages().stream().flatMap(page -> page.questions().stream())
                .filter(question -> question.type() == QuestionType.LOCATION || question.type() == QuestionType.ADDRESS)
                .flatMap(question -> answers.get(question.id()).stream())
                .flatMap(answer -> answer.field("uprn").stream())
                .filter(CaseProperties::looksLikeUprn)
                .findFirst();
    }

    /** Up to 12 digits, as the gazetteer's; anything else names no property. */
    static boolean looksLikeUprn(String uprn) {
        return uprn.matches("\\d{1,12}");
    }

    void record(String caseId, String uprn) {
        jdbc.sql("insert into case_property (case_id, uprn) values (?, ?)").params(caseId, uprn).update();
    }

    public Optional<String> uprn(String caseId) {
        return jdbc.sql("select uprn from case_property where case_id = ?").param(caseId).query(String.class).optional();
    }

    /** The cases at the property sent before {@code before}, in these queues, newest first. */
    public List<PropertyCase> earlier(String uprn, String caseId, Instant before, Collection<String> queues) {
        if (queues.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.reference, c.service_id, c.status, c.submitted_at from case_property p
                join service_case c on c.id = p.case_id
                where p.uprn = :uprn and c.id <> :id and c.submitted_at <= :before and c.queue_id in (:queues)
                order by c.submitted_at desc, c.reference desc limit :listed""")
                .param("uprn", uprn).param("id", caseId).param("before", java.sql.Timestamp.from(before))
                .param("queues", List.copyOf(queues)).param("listed", LISTED)
                .query((row, number) -> new PropertyCase(row.getString("reference"), row.getString("service_id"),
                        CaseStatus.valueOf(row.getString("status")), row.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    /** A case at a property, with what the list shows of it. */
    public record PropertyCase(String reference, String serviceId, CaseStatus status, Instant submittedAt) {
    }
}

package org.porth.integration.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.porth.apply.RequestSubmitted;
import org.porth.booking.BookingCancelled;
import org.porth.booking.BookingConfirmed;
import org.porth.booking.BookingRescheduled;
import org.porth.casework.CaseOpened;
import org.porth.casework.CaseResolved;
import org.porth.casework.CaseStatusChanged;
import org.porth.casework.CouncilMessageSent;
import org.porth.integration.IntegrationEvent;
import org.porth.integration.IntegrationEventTypes;
import org.porth.integration.IntegrationEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Which internal event becomes which integration event, on one screen. Each is recorded just before
 * the change that caused it commits, in its transaction: recorded if and only if the change is, and
 * numbered in commit order for a case, whose changes lock its row (docs/decisions/0036). Thin data
 * only: ids, status, service code, ward and a link to the API, never free text or the resident.
 */
@Component
class InternalEventMapping {

    static final String REQUEST_LINK = "/api/v1/requests/";

    private final IntegrationEvents events;
    private final EventLog log;
    private final Clock clock;

    InternalEventMapping(IntegrationEvents events, EventLog log, Clock clock) {
        this.events = events;
        this.log = log;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(RequestSubmitted submitted) {
        String reference = submitted.reference().value();
        publish(IntegrationEventTypes.REQUEST_SUBMITTED, reference, submitted.serviceId(), submitted.submittedAt(),
                data("reference", reference, "requestId", submitted.requestId(), "serviceCode", submitted.serviceId(),
                        "channel", submitted.channel().name(), "link", REQUEST_LINK + reference));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(CaseOpened opened) {
        publish(IntegrationEventTypes.CASE_OPENED, opened.reference(), opened.serviceId(), opened.at(),
                data("reference", opened.reference(), "serviceCode", opened.serviceId(), "ward", opened.ward(),
                        "queue", opened.queueId(), "status", opened.status().name(),
                        "link", REQUEST_LINK + opened.reference()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(CaseStatusChanged changed) {
        publishForCase(IntegrationEventTypes.CASE_STATUS_CHANGED, changed.reference(), changed.at(),
                "status", changed.status().name());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(CaseResolved resolved) {
        publishForCase(IntegrationEventTypes.CASE_CLOSED, resolved.reference(), resolved.at(),
                "status", resolved.outcome().status().name(), "outcome", resolved.outcome().name());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(CouncilMessageSent sent) {
        publishForCase(IntegrationEventTypes.MESSAGE_TO_RESIDENT, sent.caseReference(), sent.sentAt(),
                "messagesLink", REQUEST_LINK + sent.caseReference() + "/messages");
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingConfirmed made) {
        publish(IntegrationEventTypes.BOOKING_MADE, made.reference(), null, clock.instant(),
                data("reference", made.reference(), "resourceId", made.resourceId(), "start", made.start().toString(),
                        "end", made.end().toString(), "channel", made.channel().name()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingRescheduled moved) {
        publish(IntegrationEventTypes.BOOKING_MOVED, moved.reference(), null, moved.at(),
                data("reference", moved.reference(), "resourceId", moved.resourceId(), "from", moved.from().toString(),
                        "start", moved.to().toString(), "end", moved.toEnd().toString(),
                        "byCouncil", moved.officerId() != null));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingCancelled cancelled) {
        publish(IntegrationEventTypes.BOOKING_CANCELLED, cancelled.reference(), null, clock.instant(),
                data("reference", cancelled.reference(), "resourceId", cancelled.resourceId(),
                        "start", cancelled.start().toString(), "byCouncil", cancelled.officerId() != null));
    }

    /** An event about a case: with the service and ward its opening recorded (none for older cases). */
    private void publishForCase(String type, String reference, Instant at, Object... fields) {
        EventLog.CaseFacts facts = log.caseFacts(reference);
        Map<String, Object> data = data("reference", reference, "serviceCode", facts.serviceCode(),
                "ward", facts.ward());
        data.putAll(data(fields));
        data.put("link", REQUEST_LINK + reference);
        publish(type, reference, facts.serviceCode(), at, data);
    }

    private void publish(String type, String subject, String serviceCode, Instant at, Map<String, Object> data) {
        events.publish(IntegrationEvent.of(type, subject, serviceCode, at, data));
    }

    /** Names and values in turn, in order; a value may be null (the schema says which). */
    private static Map<String, Object> data(Object... namesAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            data.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return data;
    }
}

package org.porth.insight.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.porth.casework.CaseHistory;
import org.porth.insight.DemandKind;

/**
 * A case as insight counts it: one row of {@code insight_case} and its contacts. Instants are cut to
 * microseconds, as the database keeps them, so that a fact read back equals the one written.
 *
 * @param request what the request itself counts as: {@link DemandKind#REQUEST} or a kind of failure
 */
record CaseFact(String reference, String serviceId, String teamId, String queueId, String ward, String channel,
        String residentId, Double latitude, Double longitude, Instant submittedAt, String status, boolean open,
        Instant dueAt, String slaState, String outcome, Instant outcomeAt, DemandKind request, List<Contact> contacts) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A chaser, a reopening or a contact staff classified as failure demand, at its time. */
    record Contact(DemandKind kind, Instant at) {
        LocalDate day() {
            return CaseFact.day(at);
        }
    }

    static CaseFact of(CaseHistory history, DemandKind request) {
        List<Contact> contacts = java.util.stream.Stream.of(
                history.residentMessages().stream().map(at -> new Contact(DemandKind.CHASER, micros(at))),
                history.reopenings().stream().map(at -> new Contact(DemandKind.REOPEN, micros(at))),
                history.failureContacts().stream().map(at -> new Contact(DemandKind.CONTACT, micros(at))))
                .flatMap(kind -> kind).toList();
        return new CaseFact(history.reference(), history.serviceId(), history.teamId(), history.queueId(),
                history.ward(), history.channel(), history.residentId(), history.latitude(), history.longitude(),
                micros(history.submittedAt()), history.status().name(), history.status().isOpen(),
                micros(history.dueAt()), history.slaState().name(),
                history.outcome() == null ? null : history.outcome().name(), micros(history.outcomeAt()), request,
                contacts);
    }

    LocalDate submittedDay() {
        return day(submittedAt);
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, LONDON);
    }

    static Instant micros(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }
}

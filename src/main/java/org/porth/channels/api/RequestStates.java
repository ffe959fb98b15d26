package org.porth.channels.api;

import java.util.List;
import java.util.Set;

import org.porth.casework.CaseStatus;
import org.porth.casework.ResidentCase;
import org.porth.casework.TimelineItem;
import org.porth.casework.TimelineKind;
import org.porth.channels.api.RequestBodies.Event;
import org.porth.channels.api.RequestBodies.Message;
import org.porth.channels.api.RequestBodies.Outcome;
import org.porth.channels.api.RequestBodies.RequestState;

/** A case as the API shows it: what its resident sees of it in My requests. */
final class RequestStates {

    private static final Set<TimelineKind> FROM_RESIDENT = Set.of(TimelineKind.RESIDENT_MESSAGE,
            TimelineKind.RESIDENT_REPLIED);
    private static final Set<TimelineKind> FROM_COUNCIL = Set.of(TimelineKind.COUNCIL_MESSAGE,
            TimelineKind.INFORMATION_REQUESTED);

    private RequestStates() {
    }

    static String status(CaseStatus status) {
        return status.name();
    }

    static RequestState of(ResidentCase c) {
        Outcome outcome = c.outcome() == null ? null : new Outcome(c.outcome().name(), c.outcomeSummary());
        return new RequestState(c.summary().reference(), c.summary().serviceId(), status(c.summary().status()),
                c.summary().submittedAt(), c.summary().dueAt(), outcome,
                c.timeline().stream().map(RequestStates::event).toList());
    }

    static List<Message> messages(ResidentCase c) {
        return c.timeline().stream()
                .filter(item -> FROM_RESIDENT.contains(item.kind()) || FROM_COUNCIL.contains(item.kind()))
                .map(item -> new Message(item.at(), FROM_RESIDENT.contains(item.kind()) ? "resident" : "council",
                        item.detail(), item.files().stream().map(file -> file.id()).toList()))
                .toList();
    }

    private static Event event(TimelineItem item) {
        boolean files = FROM_RESIDENT.contains(item.kind());
        return new Event(item.at(), item.kind().name(), files ? null : item.subject(), item.detail());
    }
}

package org.porth.casework;

import java.util.Set;

/**
 * Which cases of the officer's queues to list. Every filter left empty (an empty set, null) lets
 * every case through.
 *
 * @param queues     the queues to list; empty for every queue of the officer's teams
 * @param statuses   empty for every status but closed
 * @param priorities empty for every priority
 * @param ward       null for every ward (and cases with none)
 * @param slaState   null for every state
 * @param assignee   whose cases: anyone's, the officer's own, or nobody's yet
 * @param text       part of a case's reference, its service's id or name or its summary (names and
 *                   summaries in either language), in any case; null or blank for any
 */
public record CaseQuery(Set<String> queues, Set<CaseStatus> statuses, Set<Priority> priorities, String ward,
        SlaState slaState, Assignee assignee, String text) {

    /** Whose cases a query lists. */
    public enum Assignee {
        ANYONE,
        ME,
        NOBODY
    }

    public CaseQuery {
        queues = queues == null ? Set.of() : Set.copyOf(queues);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        assignee = assignee == null ? Assignee.ANYONE : assignee;
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Every open case of the given queues (every queue of the officer's teams when none are given). */
    public static CaseQuery openIn(Set<String> queues) {
        return new CaseQuery(queues, Set.of(), Set.of(), null, null, Assignee.ANYONE, null);
    }

    public CaseQuery withStatuses(Set<CaseStatus> statuses) {
        return new CaseQuery(queues, statuses, priorities, ward, slaState, assignee, text);
    }

    public CaseQuery withPriorities(Set<Priority> priorities) {
        return new CaseQuery(queues, statuses, priorities, ward, slaState, assignee, text);
    }

    public CaseQuery inWard(String ward) {
        return new CaseQuery(queues, statuses, priorities, ward, slaState, assignee, text);
    }

    public CaseQuery withSlaState(SlaState slaState) {
        return new CaseQuery(queues, statuses, priorities, ward, slaState, assignee, text);
    }

    public CaseQuery assignedTo(Assignee assignee) {
        return new CaseQuery(queues, statuses, priorities, ward, slaState, assignee, text);
    }

    public CaseQuery matching(String text) {
        return new CaseQuery(queues, statuses, priorities, ward, slaState, assignee, text);
    }
}

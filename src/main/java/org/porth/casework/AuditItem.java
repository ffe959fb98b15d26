package org.porth.casework;

import java.time.Instant;
import java.util.List;

/**
 * One line of a case's audit trail: a member of staff read or changed the case, from a screen.
 *
 * @param detail what changed: for {@link #STATUS_CHANGED} the new status, {@link #FINISHED} the outcome,
 *               {@link #REROUTED} the queue, a duplicate's original reference, a file's name; for {@link #ASSIGNED}, the account of the officer given the case
 */
public record AuditItem(Instant at, String staffId, String action, String screen, String detail) {

    public static final String ASSIGNED = "ASSIGNED";
    /** Detail: the new status's name. */
    public static final String STATUS_CHANGED = "STATUS_CHANGED";
    /** Detail: the outcome's name. */
    public static final String FINISHED = "FINISHED";
    /** Detail: the queue's id. */
    public static final String REROUTED = "REROUTED";

    /** The officers the line names: who acted and, for an assignment, who was given the case. */
    public List<String> officers() {
        return ASSIGNED.equals(action) ? List.of(staffId, detail) : List.of(staffId);
    }
}

package org.porth.casework;

import java.time.Instant;
import java.util.List;

/**
 * One line of a case's audit trail: a member of staff read or changed the case, from a screen.
 *
 * @param detail what changed, e.g. the new status; for {@link #ASSIGNED}, the account of the officer given the case
 */
public record AuditItem(Instant at, String staffId, String action, String screen, String detail) {

    public static final String ASSIGNED = "ASSIGNED";

    /** The officers the line names: who acted and, for an assignment, who was given the case. */
    public List<String> officers() {
        return ASSIGNED.equals(action) ? List.of(staffId, detail) : List.of(staffId);
    }
}

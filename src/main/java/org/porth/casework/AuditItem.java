package org.porth.casework;

import java.time.Instant;

/** One line of a case's audit trail: a member of staff read or changed the case, from a screen. */
public record AuditItem(Instant at, String staffId, String action, String screen, String detail) {
}

package org.porth.casework;

import java.time.Instant;

/**
 * A case as anyone may see it (Open311 lists reports publicly): where it stands, never the answers,
 * notes, officers or the resident.
 *
 * @param dueAt     when the service level's clock says it is due; null while the clock is stopped
 * @param team      the public name of the team whose queue has it
 */
public record PublicCase(String reference, String serviceId, CaseStatus status, Instant submittedAt,
        Instant updatedAt, Instant dueAt, String team) {
}

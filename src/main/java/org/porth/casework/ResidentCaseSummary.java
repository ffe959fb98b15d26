package org.porth.casework;

import java.time.Instant;

/** One of the resident's cases as My requests lists it: nothing in it is for staff only. */
public record ResidentCaseSummary(String reference, String serviceId, int serviceVersion, CaseStatus status,
        Instant submittedAt, Instant dueAt) {

    /** The council asked the resident something and waits for their reply. */
    public boolean waitingForResident() {
        return status == CaseStatus.AWAITING_RESIDENT;
    }
}

package org.porth.tracking;

import java.time.Instant;

import org.porth.casework.CaseStatus;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Reference;

/**
 * A request the resident sent, or an officer sent for them, with where the council has got to.
 *
 * @param status null in the moment between sending and the council opening its case
 * @param dueAt  null until the case is open
 */
public record TrackedRequest(Reference reference, ServiceDefinition service, Channel channel, Instant submittedAt,
        CaseStatus status, Instant dueAt) {

    /** The council asked the resident something and is waiting for them. */
    public boolean waitingForResident() {
        return status == CaseStatus.AWAITING_RESIDENT;
    }

    /** Still being worked, so a due date means something. */
    public boolean open() {
        return status == null || status.isOpen();
    }
}

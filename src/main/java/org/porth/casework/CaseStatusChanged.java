package org.porth.casework;

import java.time.Instant;

/**
 * An officer moved a case to another status (not by asking the resident, nor by ending it with an
 * outcome: those have {@link InformationRequested} and {@link CaseResolved}). Published in the
 * transaction of the change, for notifications.
 */
public record CaseStatusChanged(String reference, String residentId, CaseStatus status, Instant at) {
}

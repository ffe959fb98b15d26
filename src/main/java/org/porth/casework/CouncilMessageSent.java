package org.porth.casework;

import java.time.Instant;

/**
 * An officer wrote to the resident about their request, published in the same transaction: for
 * notifying the resident. It carries no words of the message: the resident reads them signed in.
 */
public record CouncilMessageSent(String caseReference, String residentId, Instant sentAt) {
}

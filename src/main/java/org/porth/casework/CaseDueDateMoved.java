package org.porth.casework;

import java.time.Instant;

/**
 * The resident answered the council's question and the case's clock runs again, to a new due date.
 * Published in the transaction of the reply, for notifications.
 */
public record CaseDueDateMoved(String reference, String residentId, Instant dueAt, Instant at) {
}

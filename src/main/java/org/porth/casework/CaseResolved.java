package org.porth.casework;

import java.time.Instant;

/**
 * A case ended with an outcome and words for the resident ({@link CaseWork#end}). Published in the
 * transaction of the change, for notifications.
 *
 * @param summary the outcome summary the officer wrote for the resident
 */
public record CaseResolved(String reference, String residentId, Outcome outcome, String summary, Instant at) {
}

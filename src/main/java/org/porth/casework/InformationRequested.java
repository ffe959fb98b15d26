package org.porth.casework;

import java.time.Instant;

/**
 * An officer asked the resident for more information: the case waits for them and its clock is
 * stopped. Published in the transaction of the request, for notifications; the question itself
 * stays in the case (the resident reads it in the portal).
 */
public record InformationRequested(String reference, String residentId, Instant at) {
}

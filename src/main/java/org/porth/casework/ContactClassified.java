package org.porth.casework;

import java.time.Instant;

/**
 * Staff recorded a resident's contact about a case and why they made it, in the resident's words.
 * Published in the transaction that writes it to the case's timeline (staff only, kind
 * {@link TimelineKind#CONTACT}, subject the reason).
 *
 * @param serviceCode the case's service id in the catalogue
 * @param reason      a {@link ContactReason} name: CHASING, NOT_UNDERSTOOD, WRONG_PLACE, REPEAT or NEW_NEED
 */
public record ContactClassified(String reference, String serviceCode, String reason, Instant at) {
}

package org.porth.devices;

/**
 * What became of an alert.
 *
 * @param alertId       the sender's alert id
 * @param first         false when the alert id was taken before (nothing changed)
 * @param caseReference the case it opened or was added to; null when it made none (cleared with no
 *                      open case, or a personal device without consent or a recorded basis: the alert is kept)
 * @param outcome       {@code case-opened-or-updated}, {@code noted}, {@code repeated} or {@code no-consent}
 */
public record AlertTaken(String alertId, boolean first, String caseReference, String outcome) {
}

package org.porth.devices;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.porth.casework.GeoPoint;

/**
 * A registered device.
 *
 * @param uprn             the property it is in, or null for street furniture
 * @param street           the street of a device outside a property
 * @param point            where it is; null when only its property is known
 * @param caretakerTeamId  the team that looks after it
 * @param residentId       the resident it is tied to (a personal device), or null
 * @param consentId        the resident's recorded consent (or lawful basis), or null
 * @param expectedInterval how often it reports; silence for a multiple of it is an alert of its own
 * @param lawfulBasis      the latest basis staff recorded for cases without consent (personal devices), or null;
 *                         it may have lapsed or been withdrawn
 */
public record Device(String id, DeviceRef ref, DeviceKind kind, String uprn, String street, GeoPoint point,
        String caretakerTeamId, String residentId, String consentId, boolean consentWithdrawn,
        Duration expectedInterval, Instant registeredAt, RecordedBasis lawfulBasis) {

    /**
     * Whether its signals may open cases about the person it is tied to: always for devices that are
     * not personal; for a telecare hub or wearable, with their consent or a basis staff recorded that
     * is in force on this day.
     */
    public boolean mayOpenCases(LocalDate today) {
        return !kind.personal() || (consentId != null && !consentWithdrawn) || (lawfulBasis != null && lawfulBasis.inForce(today));
    }
}

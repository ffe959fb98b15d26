package org.porth.devices;

import java.time.Instant;

import org.porth.casework.GeoPoint;

/**
 * The way in for every signal, whatever carried it (HTTP, MQTT, the demo simulator): readings are
 * checked against the rules, alerts are taken once by their id, and either may open or add to a case.
 */
public interface SignalIngest {

    /** Takes a reading; unknown devices and wrong units are refused with an {@link IllegalArgumentException}. */
    void accept(SensorReading reading);

    /** Takes an alert once: the same alert id again changes nothing and answers false. */
    boolean alert(SensorAlert alert);

    /** A reading a device sent. */
    record SensorReading(DeviceRef device, Reading reading) {
    }

    /**
     * An alert a device or its vendor's platform raised (or cleared).
     *
     * @param alertId   the sender's id for it, unique per source: the idempotency key
     * @param kind      the condition, e.g. "humidity-high", "bin-full", "gully-blocked"
     * @param raised    true when raised, false when cleared
     * @param severity  e.g. "emergency", "significant", "info"
     * @param value     the reading that triggered it, or null
     * @param threshold the threshold it crossed, or null
     * @param uprn      the property it is about, or null
     * @param point     where it is, or null
     */
    record SensorAlert(String alertId, DeviceRef device, String kind, boolean raised, String severity,
            Instant observedAt, Double value, String unit, Double threshold, String uprn, GeoPoint point) {
    }
}

package org.porth.devices;

import java.time.Duration;

import org.porth.casework.GeoPoint;

/** A device to register: {@link Device} without the id and time the registry gives it. */
public record NewDevice(DeviceRef ref, DeviceKind kind, String uprn, String street, GeoPoint point,
        String caretakerTeamId, String residentId, String consentId, boolean consentWithdrawn,
        Duration expectedInterval) {
}

package org.porth.devices.internal;

import java.time.Duration;
import java.util.UUID;

import org.porth.casework.GeoPoint;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.DeviceRef;
import org.porth.devices.Devices;
import org.porth.devices.NewDevice;
import org.porth.identity.SystemTask;

/** Devices registered for a test: each with a source of its own, so tests never see each other's signals. */
public final class SignalDevices {

    private SignalDevices() {
    }

    public static Device register(Devices devices, DeviceKind kind, String residentId, String consentId) {
        return register(devices, new DeviceRef("test-" + UUID.randomUUID().toString().substring(0, 8), "dev-1"), kind,
                residentId, consentId);
    }

    public static Device register(Devices devices, DeviceRef ref, DeviceKind kind, String residentId, String consentId) {
        return SystemTask.DEVICE_SIGNALS.run(() -> devices.register(new NewDevice(ref, kind,
                kind == DeviceKind.GULLY || kind == DeviceKind.BIN_FILL ? null : "100100412229", "High Street",
                new GeoPoint(51.6007, -3.8950), "repairs", residentId, consentId, false, Duration.ofMinutes(15))));
    }

    public static Device damp(Devices devices) {
        return register(devices, DeviceKind.DAMP, UUID.randomUUID().toString(), null);
    }
}

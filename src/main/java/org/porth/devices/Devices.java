package org.porth.devices;

import java.util.List;
import java.util.Optional;

/** The device registry. */
public interface Devices {

    Optional<Device> find(DeviceRef ref);

    Device register(NewDevice device);

    /** The devices in the resident's home (by UPRN) or on them. */
    List<Device> onResident(String residentId);

    /** The resident no longer consents: the device stops raising cases about them. */
    void withdrawConsent(String residentId, String deviceId);
}

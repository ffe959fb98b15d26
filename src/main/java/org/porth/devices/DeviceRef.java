package org.porth.devices;

/** How a device names itself: the vendor or network it reports through and its id there. */
public record DeviceRef(String source, String deviceId) {
}

package org.porth.devices;

/**
 * A device's signal opened a case (after the commit of its transaction, for the resident's message
 * and Awaab's Law steps).
 *
 * @param clock      SERVICE_LEVEL or AWAAB
 * @param residentId the resident the device is registered to, or null
 */
public record SignalCaseOpened(String caseReference, String deviceId, String condition, String clock, String severity,
        String residentId, DeviceKind kind) {
}

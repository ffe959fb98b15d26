package org.porth.devices;

import java.time.Instant;

/**
 * An alert about a device, as staff see it.
 *
 * @param state RAISED, CLEARED or SILENT
 */
public record DeviceAlertSummary(String id, String condition, String state, String severity, Instant at) {
}

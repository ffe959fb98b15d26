package org.porth.devices;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a device has said: its readings, its alerts, its open case and when it last reported. */
public interface DeviceSignals {

    /** The latest readings, newest first. */
    List<Reading> recentReadings(String deviceId, int limit);

    /** The latest alerts, newest first. */
    List<DeviceAlertSummary> alerts(String deviceId, int limit);

    Optional<String> openCaseReference(String deviceId);

    Optional<Instant> lastReported(String deviceId);
}

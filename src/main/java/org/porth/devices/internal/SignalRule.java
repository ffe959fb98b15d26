package org.porth.devices.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.porth.devices.DeviceKind;

/**
 * What one condition means for some kinds of device (signal-rules.yaml, decision 0039).
 *
 * @param reading       how readings raise and clear it; empty when only alerts (or silence) raise it
 * @param missedReports for "silent": how many expected intervals may pass with nothing; 0 otherwise
 */
record SignalRule(String condition, Set<DeviceKind> kinds, String service, String severity, Clock clock,
        Optional<Threshold> reading, int missedReports) {

    static final String SILENT = "silent";

    enum Clock { SERVICE_LEVEL, AWAAB }

    /**
     * @param above   true: raised when the value is above the threshold; false: below it
     * @param holdFor how long it must stay past the threshold before it is raised
     * @param clearAt where it must come back to before it is cleared (hysteresis)
     */
    record Threshold(String metric, String unit, boolean above, double threshold, Duration holdFor, double clearAt) {

        boolean breached(double value) {
            return above ? value > threshold : value < threshold;
        }

        boolean cleared(double value) {
            return above ? value <= clearAt : value >= clearAt;
        }
    }
}

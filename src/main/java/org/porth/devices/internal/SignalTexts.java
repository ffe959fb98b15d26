package org.porth.devices.internal;

import java.util.Locale;

import org.porth.devices.internal.SignalStore.StoredAlert;

/** A signal as one line on a case's timeline, for staff: condition, state, severity, reading and threshold, time. */
final class SignalTexts {

    private SignalTexts() {
    }

    static String entry(StoredAlert alert) {
        StringBuilder text = new StringBuilder(alert.condition()).append(' ').append(alert.state().toLowerCase(Locale.ROOT))
                .append(" (").append(alert.severity()).append(")");
        if (alert.value() != null) {
            text.append(": ").append(reading(alert));
        }
        return text.append(", observed ").append(alert.observedAt()).append(", device ").append(alert.source())
                .append(" alert ").append(alert.key()).toString();
    }

    /** The reading and threshold alone, e.g. "78.5 % against 70 %"; null when the alert carries none. */
    static String reading(StoredAlert alert) {
        if (alert.value() == null) {
            return null;
        }
        return number(alert.value()) + unit(alert)
                + (alert.threshold() == null ? "" : " against " + number(alert.threshold()) + unit(alert));
    }

    private static String unit(StoredAlert alert) {
        return alert.unit() == null ? "" : " " + alert.unit();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

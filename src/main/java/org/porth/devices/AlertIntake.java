package org.porth.devices;

import org.porth.devices.SignalIngest.SensorAlert;

/** Takes an alert and says what became of it: for the REST API's answer, which needs more than {@link SignalIngest#alert}. */
public interface AlertIntake {

    /** Takes the alert once by its id; refuses what it cannot take with {@link SignalRefused}, storing nothing. */
    AlertTaken take(SensorAlert alert);
}

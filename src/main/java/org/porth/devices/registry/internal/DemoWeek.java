package org.porth.devices.registry.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.porth.devices.DeviceRef;
import org.porth.devices.Reading;
import org.porth.devices.SignalIngest.SensorReading;

/**
 * A week in the life of the demo devices, in 15-minute steps, as the signal rules (signal-rules.yaml)
 * read it: the bedroom is dry for two and a half days, then stays above 70 % humidity (so the rule's
 * three days have passed by day five and a half); one bin fills up after it was emptied mid-week
 * while the other never gets near full; the gully's water rises in a storm on the last day and stays
 * up; the telecare hub's battery runs down below 15 % and it goes silent on the second day. Every
 * condition is met by about six days in, so its case opens in the first 50 seconds of a minute's replay. Values wobble by a fixed pattern, not at random, so a replay is the
 * same every time.
 */
public final class DemoWeek {

    public static final Duration STEP = Duration.ofMinutes(15);
    public static final int STEPS = (int) (Duration.ofDays(7).toMinutes() / STEP.toMinutes());
    public static final String SOURCE = "porth-demo";
    public static final DeviceRef DAMP = new DeviceRef(SOURCE, "damp-bedroom-flat-1");
    public static final DeviceRef FULL_BIN = new DeviceRef(SOURCE, "bin-stryd-fawr-1");
    public static final DeviceRef QUIET_BIN = new DeviceRef(SOURCE, "bin-stryd-fawr-2");
    public static final DeviceRef GULLY = new DeviceRef(SOURCE, "gully-church-street");
    public static final DeviceRef HUB = new DeviceRef(SOURCE, "telecare-hub-flat-1");

    private static final int PER_DAY = STEPS / 7;
    private static final int HOURLY = 4;

    private DemoWeek() {
    }

    /** The readings the devices send at this step of the week that starts at {@code start}. */
    public static List<SensorReading> at(int step, Instant start) {
        Instant at = start.plus(STEP.multipliedBy(step));
        double day = step / (double) PER_DAY;
        List<SensorReading> readings = new ArrayList<>();
        readings.add(reading(DAMP, at, "relative-humidity", day < 2.5 ? 60 + wobble(step, 4) : 82 + wobble(step, 4), "%"));
        readings.add(reading(GULLY, at, "water-level", day < 5.5 ? 3 + wobble(step, 1) : 24 + wobble(step, 2), "cm"));
        if (step % HOURLY == 0) {
            double fullDay = day < 3 ? day : day - 3;
            readings.add(reading(FULL_BIN, at, "fill-level", Math.min(100, 5 + fullDay * 30), "%"));
            readings.add(reading(QUIET_BIN, at, "fill-level", 10 + day * 6, "%"));
            if (day < 2) {
                readings.add(reading(HUB, at, "battery", 40 - day * 14, "%"));
            }
        }
        return readings;
    }

    private static SensorReading reading(DeviceRef device, Instant at, String metric, double value, String unit) {
        return new SensorReading(device, new Reading(at, metric, Math.round(value * 10) / 10.0, unit));
    }

    /** Up to {@code size} either side, in a pattern that repeats every few hours. */
    private static double wobble(int step, double size) {
        return size * Math.sin(step * 0.7) * Math.cos(step * 0.13);
    }
}

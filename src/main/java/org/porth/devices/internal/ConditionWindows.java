package org.porth.devices.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.porth.devices.Reading;
import org.porth.devices.internal.SignalRule.Threshold;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rolling state of a rule on a device, one row updated by each reading (decision 0040): how
 * long the value has been past the threshold, whether the condition is raised, and the day's count,
 * mean and peak. A reading older than the latest is kept raw but moves nothing: readings arrive out
 * of order over LoRaWAN and MQTT, and an old one must not clear (or raise) what newer ones say.
 */
@Component
class ConditionWindows {

    static final Duration WINDOW = Duration.ofHours(24);

    private final JdbcClient jdbc;

    ConditionWindows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a reading did to a condition. */
    enum Change { NONE, RAISED, CLEARED }

    /** What a reading did, and since when the value had been past the threshold (the raised alert's key). */
    record Outcome(Change change, Instant breachSince) {
    }

    /** Moves the condition by the reading; the caller's transaction holds the row until it ends. */
    Outcome apply(String deviceId, SignalRule rule, Reading reading) {
        Threshold threshold = rule.reading().orElseThrow();
        jdbc.sql("insert into device_condition (device_id, condition_name) values (?, ?) on conflict do nothing")
                .params(deviceId, rule.condition()).update();
        State state = jdbc.sql("""
                select last_observed_at, breach_since, active, window_start from device_condition
                where device_id = ? and condition_name = ? for update""").params(deviceId, rule.condition())
                .query((row, n) -> new State(instant(row.getTimestamp("last_observed_at")),
                        instant(row.getTimestamp("breach_since")), row.getBoolean("active"),
                        instant(row.getTimestamp("window_start")))).single();
        Instant at = reading.observedAt();
        if (state.lastObservedAt() != null && at.isBefore(state.lastObservedAt())) {
            return new Outcome(Change.NONE, null);
        }
        Instant breachSince = state.breachSince();
        boolean active = state.active();
        Change change = Change.NONE;
        if (!active && threshold.breached(reading.value())) {
            breachSince = Optional.ofNullable(breachSince).orElse(at);
            if (!Duration.between(breachSince, at).minus(threshold.holdFor()).isNegative()) {
                active = true;
                change = Change.RAISED;
            }
        } else if (!active) {
            breachSince = null;
        } else if (threshold.cleared(reading.value())) {
            active = false;
            change = Change.CLEARED;
            breachSince = null;
        }
        boolean newWindow = state.windowStart() == null || !at.isBefore(state.windowStart().plus(WINDOW));
        jdbc.sql("""
                update device_condition set last_value = :value, last_observed_at = :at, breach_since = :since,
                    active = :active,
                    window_start = case when :fresh then :at else window_start end,
                    window_count = case when :fresh then 1 else window_count + 1 end,
                    window_sum = case when :fresh then :value else window_sum + :value end,
                    window_peak = case when :fresh or window_peak < :value then :value else window_peak end
                where device_id = :device and condition_name = :condition""")
                .param("value", reading.value()).param("at", SignalStore.at(at))
                .param("since", SignalStore.at(breachSince)).param("active", active).param("fresh", newWindow)
                .param("device", deviceId).param("condition", rule.condition()).update();
        return new Outcome(change, change == Change.RAISED ? breachSince : null);
    }

    private record State(Instant lastObservedAt, Instant breachSince, boolean active, Instant windowStart) {
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

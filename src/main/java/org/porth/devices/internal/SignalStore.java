package org.porth.devices.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.porth.devices.DeviceAlertSummary;
import org.porth.devices.Reading;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The signal tables of V150 (decision 0040): alerts taken once, raw readings, device status. */
@Component
public class SignalStore {

    private final JdbcClient jdbc;

    SignalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An alert, as it is stored. */
    record StoredAlert(String deviceId, String source, String key, String condition, String state, String severity,
            Double value, String unit, Double threshold, Instant observedAt) {
    }

    /** Stores the alert unless its key was taken before; its id, or empty when it was (nothing changes). */
    Optional<String> addAlert(StoredAlert alert, Instant now) {
        String id = UUID.randomUUID().toString();
        int added = jdbc.sql("""
                insert into device_alert (id, device_id, source, alert_key, condition_name, state, severity, reading_value,
                    unit, threshold, observed_at, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(id, alert.deviceId(), alert.source(), alert.key(), alert.condition(), alert.state(),
                        alert.severity(), alert.value(), alert.unit(), alert.threshold(), at(alert.observedAt()), at(now))
                .update();
        return added == 1 ? Optional.of(id) : Optional.empty();
    }

    void alertWentTo(String alertId, String caseReference) {
        jdbc.sql("update device_alert set case_reference = ? where id = ?").params(caseReference, alertId).update();
    }

    void addReading(String deviceId, Reading reading, Instant now) {
        jdbc.sql("""
                insert into device_reading (device_id, metric, reading_value, unit, observed_at, received_at)
                values (?, ?, ?, ?, ?, ?)""").params(deviceId, reading.metric(), reading.value(), reading.unit(),
                at(reading.observedAt()), at(now)).update();
    }

    /** Notes the device reported; true when it had been silent (so its silence is over). */
    boolean reported(String deviceId, Instant observedAt) {
        boolean wasSilent = jdbc.sql("select silent from device_status where device_id = ? for update").param(deviceId)
                .query(Boolean.class).optional().orElse(false);
        int updated = jdbc.sql("""
                update device_status set silent = false,
                    last_reported_at = case when last_reported_at < ? then ? else last_reported_at end
                where device_id = ?""").params(at(observedAt), at(observedAt), deviceId).update();
        if (updated == 0) {
            jdbc.sql("insert into device_status (device_id, last_reported_at) values (?, ?) on conflict do nothing")
                    .params(deviceId, at(observedAt)).update();
        }
        return wasSilent;
    }

    List<Reading> readings(String deviceId, int limit) {
        return jdbc.sql("""
                select metric, reading_value, unit, observed_at from device_reading where device_id = ?
                order by observed_at desc, id desc limit ?""").params(deviceId, limit)
                .query((row, n) -> new Reading(row.getTimestamp("observed_at").toInstant(), row.getString("metric"),
                        row.getDouble("reading_value"), row.getString("unit"))).list();
    }

    List<DeviceAlertSummary> alerts(String deviceId, int limit) {
        return jdbc.sql("""
                select id, condition_name, state, severity, observed_at from device_alert where device_id = ?
                order by observed_at desc, received_at desc limit ?""").params(deviceId, limit)
                .query((row, n) -> new DeviceAlertSummary(row.getString("id"), row.getString("condition_name"),
                        row.getString("state"), row.getString("severity"), row.getTimestamp("observed_at").toInstant()))
                .list();
    }

    Optional<Instant> lastReported(String deviceId) {
        return jdbc.sql("select last_reported_at from device_status where device_id = ?").param(deviceId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    static Timestamp at(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

package org.porth.devices.registry.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.porth.devices.Device;
import org.porth.devices.RecordedBasis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code device_basis} table (V154, V155): one lawful basis a personal device at most, the latest
 * recorded, with its sign-off and withdrawal; and {@code device_basis_audit}, every change to it.
 */
@Repository
public class BasisRows {

    /** What happened to a device's basis, in its audit log. */
    public enum Action { RECORDED, SIGNED_OFF, WITHDRAWN }

    /** One line of the audit log. */
    public record Change(Instant at, String by, Action action, String detail) {
    }

    private final JdbcClient jdbc;

    BasisRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the basis over any earlier one, which the audit log keeps. */
    public void record(String deviceId, RecordedBasis basis) {
        jdbc.sql("delete from device_basis where for_device = ?").param(deviceId).update();
        jdbc.sql("""
                insert into device_basis (for_device, lawful_basis, basis_justification, basis_recorded_by, basis_recorded_at,
                    review_by)
                values (?, ?, ?, ?, ?, ?)""").params(deviceId, basis.basis().name(), basis.justification(), basis.recordedBy(),
                Timestamp.from(basis.recordedAt()), Date.valueOf(basis.reviewBy())).update();
    }

    /** @return whether a basis in force, not yet signed off, was signed off now */
    public boolean signOff(String deviceId, String supervisor, Instant now, LocalDate today) {
        return jdbc.sql("""
                update device_basis set signed_off_by = ?, signed_off_at = ?
                where for_device = ? and signed_off_at is null and withdrawn_at is null and review_by >= ?""")
                .params(supervisor, Timestamp.from(now), deviceId, Date.valueOf(today)).update() == 1;
    }

    /** @return whether a basis that stood was withdrawn now (one already withdrawn stays as it was) */
    public boolean withdraw(String deviceId, String officer, Instant now) {
        return jdbc.sql("update device_basis set withdrawn_by = ?, withdrawn_at = ? where for_device = ? and withdrawn_at is null")
                .params(officer, Timestamp.from(now), deviceId).update() == 1;
    }

    public void audit(String deviceId, Change change) {
        jdbc.sql("insert into device_basis_audit (for_device, happened_at, done_by, action, detail) values (?, ?, ?, ?, ?)")
                .params(deviceId, Timestamp.from(change.at()), change.by(), change.action().name(), change.detail()).update();
    }

    /** The device's basis changes, newest first. */
    public List<Change> auditLog(String deviceId) {
        return jdbc.sql("select * from device_basis_audit where for_device = ? order by happened_at desc, id desc")
                .param(deviceId).query((row, n) -> new Change(row.getTimestamp("happened_at").toInstant(),
                        row.getString("done_by"), Action.valueOf(row.getString("action")), row.getString("detail")))
                .list();
    }

    /** The personal devices opening cases on a basis staff recorded, in force this day, most recently recorded first. */
    public List<Device> inForce(LocalDate today) {
        return jdbc.sql(DeviceRows.DEVICES + " where lawful_basis is not null and withdrawn_at is null and review_by >= ?"
                + " order by basis_recorded_at desc").param(Date.valueOf(today)).query(DeviceRows.DEVICE).list();
    }
}

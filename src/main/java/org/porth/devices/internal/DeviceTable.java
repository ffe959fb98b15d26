package org.porth.devices.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.porth.casework.GeoPoint;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.DeviceRef;
import org.porth.devices.Devices;
import org.porth.devices.NewDevice;
import org.porth.identity.SystemTask;
import org.porth.resident.Profile;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The device registry in the {@code device} table: a minimal version the signals need (find,
 * register, a resident's devices, consent withdrawn). Staff read and register; signal intake finds.
 */
@Service
public class DeviceTable implements Devices {

    static final String STAFF = "hasAnyRole('CASEWORKER', 'SUPERVISOR', 'ADMIN')";
    static final String INTAKE = "hasAuthority('" + SystemTask.DEVICE_SIGNALS_AUTHORITY + "') or hasAuthority('SCOPE_alerts:write')";
    private static final String SELF = "hasRole('RESIDENT') and @residentAccess.isSelf(T(org.porth.resident.ResidentId).of(#residentId))";

    private static final RowMapper<Device> DEVICE = (row, n) -> new Device(row.getString("id"),
            new DeviceRef(row.getString("source"), row.getString("device_id")), DeviceKind.valueOf(row.getString("kind")),
            row.getString("uprn"), row.getString("street"),
            row.getObject("latitude") == null ? null : new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude")),
            row.getString("caretaker_team_id"), row.getString("resident_id"), row.getString("consent_id"),
            row.getBoolean("consent_withdrawn"), Duration.ofSeconds(row.getLong("expected_interval_s")),
            row.getTimestamp("registered_at").toInstant());

    private final JdbcClient jdbc;
    private final ResidentProfiles profiles;

    DeviceTable(JdbcClient jdbc, ResidentProfiles profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF + " or " + INTAKE)
    public Optional<Device> find(DeviceRef ref) {
        return jdbc.sql("select * from device where source = ? and device_id = ?").params(ref.source(), ref.deviceId())
                .query(DEVICE).optional();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN') or hasAuthority('" + SystemTask.DEVICE_SIGNALS_AUTHORITY + "')")
    public Device register(NewDevice device) {
        Device made = new Device(UUID.randomUUID().toString(), device.ref(), device.kind(), device.uprn(), device.street(),
                device.point(), device.caretakerTeamId(), device.residentId(), device.consentId(), device.consentWithdrawn(),
                device.expectedInterval(), Instant.now());
        jdbc.sql("""
                insert into device (id, source, device_id, kind, uprn, street, latitude, longitude, caretaker_team_id,
                    resident_id, consent_id, consent_withdrawn, expected_interval_s, registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(made.id(), made.ref().source(), made.ref().deviceId(), made.kind().name(), made.uprn(), made.street(),
                        made.point() == null ? null : made.point().latitude(),
                        made.point() == null ? null : made.point().longitude(), made.caretakerTeamId(), made.residentId(),
                        made.consentId(), made.consentWithdrawn(), made.expectedInterval().toSeconds(),
                        java.sql.Timestamp.from(made.registeredAt()))
                .update();
        return made;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF + " or (" + SELF + ")")
    public List<Device> onResident(String residentId) {
        String uprn = profiles.profile(ResidentId.of(residentId)).map(Profile::address).map(ResidentAddress::uprn)
                .orElse("");
        return jdbc.sql("select * from device where resident_id = ? or uprn = ? order by registered_at")
                .params(residentId, uprn).query(DEVICE).list();
    }

    @Override
    @Transactional
    @PreAuthorize(STAFF + " or (" + SELF + ")")
    public void withdrawConsent(String residentId, String deviceId) {
        jdbc.sql("update device set consent_withdrawn = true where id = ? and resident_id = ?").params(deviceId, residentId)
                .update();
    }
}

package org.porth.devices.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.porth.casework.GeoPoint;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.DeviceRef;
import org.porth.devices.NewDevice;
import org.porth.devices.RecordedBasis;
import org.porth.devices.registry.DeviceFilter;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code device} table (V160): one row a device, known by its source and its id there. */
@Repository
public class DeviceRows {

    /** Every device with the lawful basis staff recorded for it, if any (V154). */
    static final String DEVICES = "select * from device left join device_basis on for_device = id";
    static final RowMapper<Device> DEVICE = (row, n) -> new Device(row.getString("id"),
            new DeviceRef(row.getString("source"), row.getString("device_id")), DeviceKind.valueOf(row.getString("kind")),
            row.getString("uprn"), row.getString("street"),
            row.getObject("latitude") == null ? null : new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude")),
            row.getString("caretaker_team_id"), row.getString("resident_id"), row.getString("consent_id"),
            row.getBoolean("consent_withdrawn"), Duration.ofSeconds(row.getLong("expected_interval_s")),
            row.getTimestamp("registered_at").toInstant(), basis(row));

    private final JdbcClient jdbc;

    DeviceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Device> find(DeviceRef ref) {
        return jdbc.sql(DEVICES + " where source = ? and device_id = ?").params(ref.source(), ref.deviceId())
                .query(DEVICE).optional();
    }

    private static RecordedBasis basis(ResultSet row) throws SQLException {
        return row.getString("lawful_basis") == null ? null : new RecordedBasis(
                RecordedBasis.Basis.valueOf(row.getString("lawful_basis")), row.getString("basis_justification"),
                row.getString("basis_recorded_by"), row.getTimestamp("basis_recorded_at").toInstant(),
                row.getDate("review_by").toLocalDate(), row.getString("signed_off_by"), instant(row, "signed_off_at"),
                row.getString("withdrawn_by"), instant(row, "withdrawn_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    public Optional<Device> byId(String id) {
        return jdbc.sql(DEVICES + " where id = ?").param(id).query(DEVICE).optional();
    }

    public boolean exists(DeviceRef ref) {
        return jdbc.sql("select count(*) from device where source = ? and device_id = ?").params(ref.source(), ref.deviceId())
                .query(Long.class).single() > 0;
    }

    public Device insert(NewDevice device, Instant now) {
        Device made = new Device(UUID.randomUUID().toString(), device.ref(), device.kind(), device.uprn(), device.street(),
                device.point(), device.caretakerTeamId(), device.residentId(), device.consentId(), device.consentWithdrawn(),
                device.expectedInterval(), now, null);
        jdbc.sql("""
                insert into device (id, source, device_id, kind, uprn, street, latitude, longitude, caretaker_team_id,
                    resident_id, consent_id, consent_withdrawn, expected_interval_s, registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(made.id(), made.ref().source(), made.ref().deviceId(), made.kind().name(), made.uprn(), made.street(),
                        made.point() == null ? null : made.point().latitude(),
                        made.point() == null ? null : made.point().longitude(), made.caretakerTeamId(), made.residentId(),
                        made.consentId(), made.consentWithdrawn(), made.expectedInterval().toSeconds(), Timestamp.from(now))
                .update();
        return made;
    }

    /** Devices on the resident (personal ones) or at their home's UPRN (null: none), oldest first. */
    public List<Device> onResident(String residentId, String uprn) {
        return jdbc.sql(DEVICES + " where resident_id = ? or uprn = ? order by registered_at, id")
                .params(residentId, uprn).query(DEVICE).list();
    }

    /** @return whether the resident's personal device was found (and its consent is withdrawn now) */
    public boolean withdrawConsent(String residentId, String deviceId) {
        return jdbc.sql("update device set consent_withdrawn = true where id = ? and resident_id = ? and kind in (?, ?)")
                .params(deviceId, residentId, DeviceKind.TELECARE_HUB.name(), DeviceKind.WEARABLE.name()).update() == 1;
    }

    /** One page of the devices the filter matches, newest first. */
    public List<Device> page(DeviceFilter filter, int offset, int limit) {
        Where where = where(filter);
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(offset);
        parameters.add(limit);
        return jdbc.sql(DEVICES + where.sql() + " order by registered_at desc, id offset ? rows fetch next ? rows only")
                .params(parameters).query(DEVICE).list();
    }

    public long count(DeviceFilter filter) {
        Where where = where(filter);
        return jdbc.sql("select count(*) from device" + where.sql()).params(where.parameters()).query(Long.class).single();
    }

    private record Where(String sql, List<Object> parameters) {
    }

    private static Where where(DeviceFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (!filter.words().isEmpty()) {
            String like = "%" + filter.words().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            conditions.add("(lower(source) like ? escape '\\' or lower(device_id) like ? escape '\\'"
                    + " or uprn like ? escape '\\' or lower(street) like ? escape '\\')");
            parameters.addAll(List.of(like, like, like, like));
        }
        if (filter.kind() != null) {
            conditions.add("kind = ?");
            parameters.add(filter.kind().name());
        }
        if (filter.teamId() != null) {
            conditions.add("caretaker_team_id = ?");
            parameters.add(filter.teamId());
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }
}

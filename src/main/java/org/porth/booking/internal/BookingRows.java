package org.porth.booking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.porth.booking.BookingStatus;
import org.porth.catalogue.Channel;
import org.porth.resident.ResidentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.porth.booking.internal.SlotCounters.utc;

/** The booking table. A change to a booking first locks its row ({@link #lock}), so changes to one booking take turns. */
@Component
public class BookingRows {

    private static final String COLUMNS = """
            id, reference, slot_id, resource_id, starts_at, ends_at, resident_id, household, allowance_start,
            status, held_until, request_key, channel, officer_id""";

    private final JdbcClient jdbc;

    BookingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(BookingRow row, Instant now) {
        jdbc.sql("insert into booking (" + COLUMNS + ", created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.id(), row.reference(), row.slotId(), row.resourceId(), utc(row.start()), utc(row.end()),
                        row.residentId().toString(), row.household(), row.allowanceStart(), row.status().name(),
                        utc(row.heldUntil()), row.requestKey(), row.channel().name(), row.officerId(), utc(now), utc(now))
                .update();
    }

    /** The booking, its row locked until the transaction ends; only the resident's own when {@code owner} is given. */
    Optional<BookingRow> lock(String reference, Optional<ResidentId> owner) {
        return owner.map(resident -> jdbc.sql("select " + COLUMNS + " from booking where reference = ? and resident_id = ? for update")
                        .params(reference, resident.toString()))
                .orElseGet(() -> jdbc.sql("select " + COLUMNS + " from booking where reference = ? for update").param(reference))
                .query(BookingRows::row).optional();
    }

    public Optional<BookingRow> find(String reference) {
        return jdbc.sql("select " + COLUMNS + " from booking where reference = ?").param(reference)
                .query(BookingRows::row).optional();
    }

    public Optional<BookingRow> byRequest(ResidentId resident, String requestKey) {
        return jdbc.sql("select " + COLUMNS + " from booking where resident_id = ? and request_key = ?")
                .params(resident.toString(), requestKey).query(BookingRows::row).optional();
    }

    /** The resident's bookings, soonest first. */
    public List<BookingRow> ofResident(ResidentId resident) {
        return jdbc.sql("select " + COLUMNS + " from booking where resident_id = ? order by starts_at, reference")
                .param(resident.toString()).query(BookingRows::row).list();
    }

    /** The resident's holds on any of the resources, their rows locked until the transaction ends. */
    List<BookingRow> lockHolds(ResidentId resident, List<String> resourceIds) {
        return jdbc.sql("select " + COLUMNS + " from booking where resident_id = :resident and status = 'HELD'"
                        + " and resource_id in (:resources) for update")
                .param("resident", resident.toString()).param("resources", resourceIds).query(BookingRows::row).list();
    }

    public List<BookingRow> inSlots(List<Long> slotIds) {
        if (slotIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from booking where slot_id in (:ids) order by created_at")
                .param("ids", slotIds).query(BookingRows::row).list();
    }

    /** The resource's held and confirmed bookings starting at or after {@code from}, soonest first. */
    public List<BookingRow> activeFrom(String resourceId, Instant from) {
        return jdbc.sql("select " + COLUMNS + " from booking where resource_id = ? and starts_at >= ?"
                        + " and status in ('HELD', 'CONFIRMED') order by starts_at, reference")
                .params(resourceId, utc(from)).query(BookingRows::row).list();
    }

    /** Holds that lapsed before {@code now}, oldest first. */
    List<String> lapsedHolds(Instant now, int limit) {
        return jdbc.sql("select reference from booking where status = 'HELD' and held_until < ? order by held_until limit ?")
                .params(utc(now), limit).query(String.class).list();
    }

    /** Confirmed bookings starting in [from, to) not yet reminded of. */
    List<String> dueForReminder(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                select reference from booking where status = 'CONFIRMED' and starts_at >= ? and starts_at < ?
                and reminded_at is null order by starts_at limit ?""")
                .params(utc(from), utc(to), limit).query(String.class).list();
    }

    /** Records the reminder; false when another run already did. */
    boolean markReminded(String reference, Instant now) {
        return jdbc.sql("update booking set reminded_at = ? where reference = ? and reminded_at is null")
                .params(utc(now), reference).update() == 1;
    }

    void changeStatus(BookingRow row, BookingStatus status, Instant now) {
        jdbc.sql("update booking set status = ?, held_until = null, updated_at = ? where id = ?")
                .params(status.name(), utc(now), row.id()).update();
    }

    void confirm(BookingRow row, String requestKey, Instant now) {
        jdbc.sql("update booking set status = 'CONFIRMED', held_until = null, request_key = ?, updated_at = ? where id = ?")
                .params(requestKey, utc(now), row.id()).update();
    }

    void move(BookingRow row, long slotId, Instant start, Instant end, LocalDate allowanceStart, Instant now) {
        jdbc.sql("""
                update booking set slot_id = ?, starts_at = ?, ends_at = ?, allowance_start = ?, reminded_at = null,
                updated_at = ? where id = ?""")
                .params(slotId, utc(start), utc(end), allowanceStart, utc(now), row.id()).update();
    }

    private static BookingRow row(ResultSet row, int number) throws SQLException {
        Date allowance = row.getDate("allowance_start");
        OffsetDateTime heldUntil = row.getObject("held_until", OffsetDateTime.class);
        return new BookingRow(row.getString("id"), row.getString("reference"), row.getLong("slot_id"),
                row.getString("resource_id"), row.getObject("starts_at", OffsetDateTime.class).toInstant(),
                row.getObject("ends_at", OffsetDateTime.class).toInstant(), ResidentId.of(row.getString("resident_id")),
                row.getString("household"), allowance == null ? null : allowance.toLocalDate(),
                BookingStatus.valueOf(row.getString("status")), heldUntil == null ? null : heldUntil.toInstant(),
                row.getString("request_key"), Channel.valueOf(row.getString("channel")), row.getString("officer_id"));
    }
}

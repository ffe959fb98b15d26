package org.porth.booking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places of each slot, counted by the database: a row per slot with its capacity and the places
 * taken, made the first time someone books or blocks it. A place is taken by a conditional update
 * that changes no row when the slot is full or blocked, and a check constraint keeps {@code taken}
 * within capacity whatever the code does. Why: docs/decisions/0014-booking-capacity.md.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY) // a change to places is part of a booking's transaction
public class SlotCounters {

    /** A slot's row: its places and whether staff blocked it. */
    public record Counter(long id, Instant start, int capacity, int taken, boolean blocked) {

        public int placesLeft() {
            return blocked ? 0 : Math.max(0, capacity - taken);
        }
    }

    private final JdbcClient jdbc;
    private final FullSlots fullSlots;

    SlotCounters(JdbcClient jdbc, FullSlots fullSlots) {
        this.jdbc = jdbc;
        this.fullSlots = fullSlots;
    }

    /**
     * The slot's row as last committed, made if it has none yet with the capacity an administrator
     * set for the resource as committed (so that a change reaches new slots on every node at once),
     * else the capacity given. Two transactions making the same slot at once both get the one row:
     * the loser's insert does nothing (on H2 and PostgreSQL). Its places are a hint only:
     * {@link #take} decides.
     */
    public Counter ensure(String resourceId, Instant start, Instant end, int capacity) {
        jdbc.sql("""
                insert into booking_slot (resource_id, starts_at, ends_at, capacity, taken, blocked)
                values (?, ?, ?, coalesce((select capacity from booking_resource_rule where resource_id = ?), ?), 0, false)
                on conflict do nothing""")
                .params(resourceId, utc(start), utc(end), resourceId, capacity).update();
        return jdbc.sql("select id, starts_at, capacity, taken, blocked from booking_slot where resource_id = ? and starts_at = ?")
                .params(resourceId, utc(start)).query(SlotCounters::counter).single();
    }

    /** Takes a place if the slot has one and is not blocked; false, changing nothing, otherwise. */
    public boolean take(long slotId) {
        return jdbc.sql("update booking_slot set taken = taken + 1 where id = ? and taken < capacity and not blocked")
                .param(slotId).update() == 1;
    }

    /**
     * Gives a place back. A slot kept above a lowered capacity ({@link #setCapacity}) shrinks with it,
     * down to that capacity, so that it takes no booking until it is below it.
     */
    public void release(long slotId) {
        int changed = jdbc.sql("""
                update booking_slot set taken = taken - 1,
                capacity = case when lowered_to is null then capacity when taken - 1 > lowered_to then taken - 1
                                else lowered_to end,
                lowered_to = case when taken - 1 > lowered_to then lowered_to end
                where id = ? and taken > 0""")
                .param(slotId).update();
        if (changed != 1) {
            throw new IllegalStateException("Slot " + slotId + " had no place taken to give back");
        }
        fullSlots.mayHaveSpace(slotId);
    }

    /**
     * Gives the resource's slots from {@code from} on the capacity, in one statement that waits for
     * any booking in progress on a slot: a slot with more places taken keeps them, at capacity, and
     * takes no more ({@link #release}). Slots without a row get it when they are made.
     *
     * @return the slots kept above the capacity, in time order
     */
    public List<Counter> setCapacity(String resourceId, int capacity, Instant from) {
        jdbc.sql("""
                update booking_slot set capacity = case when taken > ? then taken else ? end,
                lowered_to = case when taken > ? then ? end
                where resource_id = ? and starts_at >= ?""")
                .params(capacity, capacity, capacity, capacity, resourceId, utc(from)).update();
        fullSlots.mayHaveSpace(resourceId);
        return jdbc.sql("""
                select id, starts_at, capacity, taken, blocked from booking_slot
                where resource_id = ? and starts_at >= ? and lowered_to is not null order by starts_at""")
                .params(resourceId, utc(from)).query(SlotCounters::counter).list();
    }

    public void setBlocked(long slotId, boolean blocked) {
        jdbc.sql("update booking_slot set blocked = ? where id = ?").params(blocked, slotId).update();
        fullSlots.mayHaveSpace(slotId);
    }

    /** The slots of a resource that have rows, starting in [from, to); slots without one have every place free. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Counter> between(String resourceId, Instant from, Instant to) {
        return jdbc.sql("""
                select id, starts_at, capacity, taken, blocked from booking_slot
                where resource_id = ? and starts_at >= ? and starts_at < ? order by starts_at""")
                .params(resourceId, utc(from), utc(to)).query(SlotCounters::counter).list();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Counter counter(ResultSet row, int number) throws SQLException {
        return new Counter(row.getLong("id"), row.getObject("starts_at", OffsetDateTime.class).toInstant(),
                row.getInt("capacity"), row.getInt("taken"), row.getBoolean("blocked"));
    }
}

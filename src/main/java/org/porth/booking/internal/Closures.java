package org.porth.booking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.porth.booking.ResourceClosure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The resources' ad-hoc closures. Every availability question and booking asks whether a day is
 * closed, so the closures (a few rows) are kept in memory ({@link RefreshedCache}): a closure added
 * on another node reaches this one within {@code porth.booking.closures-refresh} (30s).
 */
@Component
public class Closures {

    private final JdbcClient jdbc;
    private final RefreshedCache<Map<String, List<ResourceClosure>>> byResource;

    @Autowired
    Closures(JdbcClient jdbc, @Value("${porth.booking.closures-refresh:30s}") Duration refresh) {
        this(jdbc, refresh, System::nanoTime);
    }

    Closures(JdbcClient jdbc, Duration refresh, LongSupplier nanoTime) {
        this.jdbc = jdbc;
        this.byResource = new RefreshedCache<>(this::read, refresh, nanoTime);
    }

    public boolean covers(String resourceId, LocalDate date) {
        return of(resourceId).stream().anyMatch(closure -> closure.covers(date));
    }

    /** The resource's closures, earliest first. */
    public List<ResourceClosure> of(String resourceId) {
        return byResource.get().getOrDefault(resourceId, List.of());
    }

    public ResourceClosure add(String resourceId, LocalDate first, LocalDate last, String reason, String officerId,
            Instant now) {
        byResource.forgetWhenDone();
        jdbc.sql("""
                insert into booking_closure (resource_id, first_day, last_day, reason, added_by, added_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(resourceId, first, last, reason, officerId, SlotCounters.utc(now)).update();
        return jdbc.sql("""
                select id, resource_id, first_day, last_day, reason from booking_closure
                where resource_id = ? and first_day = ? and last_day = ? order by id desc""")
                .params(resourceId, first, last).query(Closures::closure).list().getFirst();
    }

    /** Removes the closure; false when there was none with the id. */
    public boolean remove(long id) {
        byResource.forgetWhenDone();
        return jdbc.sql("delete from booking_closure where id = ?").param(id).update() == 1;
    }

    private Map<String, List<ResourceClosure>> read() {
        return jdbc.sql("select id, resource_id, first_day, last_day, reason from booking_closure order by first_day, id")
                .query(Closures::closure).list().stream().collect(Collectors.groupingBy(ResourceClosure::resourceId));
    }

    private static ResourceClosure closure(ResultSet row, int number) throws SQLException {
        return new ResourceClosure(row.getLong("id"), row.getString("resource_id"),
                row.getObject("first_day", LocalDate.class), row.getObject("last_day", LocalDate.class),
                row.getString("reason"));
    }
}

package org.porth.booking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.porth.booking.HouseholdLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The booking rules administrators changed (booking_resource_rule), by resource. Every availability
 * question and booking reads a resource's rules, so they are kept in memory ({@link RefreshedCache}):
 * a change made on another node reaches this one within {@code porth.booking.rules-refresh} (30s).
 */
@Component
public class RuleOverrides {

    private static final String COLUMNS = """
            resource_id, capacity, horizon_days, lead_time, cancel_until, limit_bookings, limit_per, opening,
            changed_by, changed_at""";

    private final JdbcClient jdbc;
    private final RefreshedCache<Map<String, RuleOverride>> byResource;

    RuleOverrides(JdbcClient jdbc, @Value("${porth.booking.rules-refresh:30s}") Duration refresh) {
        this.jdbc = jdbc;
        this.byResource = new RefreshedCache<>(this::read, refresh);
    }

    /** Every resource's latest change; the same map until it is read again. */
    public Map<String, RuleOverride> all() {
        return byResource.get();
    }

    public Optional<RuleOverride> of(String resourceId) {
        return Optional.ofNullable(all().get(resourceId));
    }

    /**
     * Puts the change in place of the resource's last one. The row stays locked until the
     * transaction ends, so two administrators changing one resource take turns.
     */
    public void save(RuleOverride change) {
        byResource.forgetWhenDone();
        jdbc.sql("""
                insert into booking_resource_rule (resource_id, changed_by, changed_at) values (?, ?, ?)
                on conflict do nothing""")
                .params(change.resourceId(), change.changedBy(), SlotCounters.utc(change.changedAt())).update();
        jdbc.sql("""
                update booking_resource_rule set capacity = ?, horizon_days = ?, lead_time = ?, cancel_until = ?,
                limit_bookings = ?, limit_per = ?, opening = ?, changed_by = ?, changed_at = ?
                where resource_id = ?""")
                .params(change.capacity(), change.horizonDays(), text(change.leadTime()), text(change.cancelUntil()),
                        change.limitBookings(), change.limitPer() == null ? null : change.limitPer().name(),
                        change.opening() == null ? null : OpeningText.week(change.opening()), change.changedBy(),
                        SlotCounters.utc(change.changedAt()), change.resourceId())
                .update();
    }

    private Map<String, RuleOverride> read() {
        return jdbc.sql("select " + COLUMNS + " from booking_resource_rule").query(RuleOverrides::override).list()
                .stream().collect(Collectors.toUnmodifiableMap(RuleOverride::resourceId, Function.identity()));
    }

    private static String text(Duration duration) {
        return duration == null ? null : duration.toString();
    }

    private static RuleOverride override(ResultSet row, int number) throws SQLException {
        String leadTime = row.getString("lead_time");
        String cancelUntil = row.getString("cancel_until");
        String per = row.getString("limit_per");
        String opening = row.getString("opening");
        return new RuleOverride(row.getString("resource_id"), row.getObject("capacity", Integer.class),
                row.getObject("horizon_days", Integer.class), leadTime == null ? null : Duration.parse(leadTime),
                cancelUntil == null ? null : Duration.parse(cancelUntil), row.getObject("limit_bookings", Integer.class),
                per == null ? null : HouseholdLimit.Period.valueOf(per),
                opening == null ? null : OpeningText.week(opening), row.getString("changed_by"),
                row.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}

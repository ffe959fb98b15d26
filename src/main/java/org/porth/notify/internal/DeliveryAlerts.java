package org.porth.notify.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.porth.notify.NotificationChannel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The channels whose notifications wait too long, one row each in {@code notification_alert}: raised
 * once an incident begins, cleared when it ends, so administrators are told once per incident.
 */
@Component
public class DeliveryAlerts {

    private final JdbcClient jdbc;

    DeliveryAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The channels with an alert raised, and since when. */
    public Map<NotificationChannel, Instant> raised() {
        Map<NotificationChannel, Instant> raised = new EnumMap<>(NotificationChannel.class);
        jdbc.sql("select channel, raised_at from notification_alert where cleared_at is null")
                .query(row -> {
                    raised.put(NotificationChannel.valueOf(row.getString("channel")),
                            row.getTimestamp("raised_at").toInstant());
                });
        return raised;
    }

    /** Raises the channel's alert unless it is raised already; whether it raised it. */
    boolean raise(NotificationChannel channel, Instant now) {
        int again = jdbc.sql("""
                update notification_alert set raised_at = :now, cleared_at = null
                where channel = :channel and cleared_at is not null""")
                .param("now", Outbox.at(now)).param("channel", channel.name()).update();
        return again == 1 || jdbc.sql("""
                insert into notification_alert (channel, raised_at) values (:channel, :now) on conflict do nothing""")
                .param("now", Outbox.at(now)).param("channel", channel.name()).update() == 1;
    }

    /** Clears the channel's alert if it is raised; whether it was. */
    boolean clear(NotificationChannel channel, Instant now) {
        return jdbc.sql("""
                update notification_alert set cleared_at = :now where channel = :channel and cleared_at is null""")
                .param("now", Outbox.at(now)).param("channel", channel.name()).update() == 1;
    }
}

package org.porth.notify.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.porth.notify.InPortalNotification;
import org.porth.notify.NotificationKind;
import org.porth.resident.ResidentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A resident's in-portal notifications: every read and change names the resident, so none reaches another's. */
@Component
public class PortalInbox {

    private final JdbcClient jdbc;

    PortalInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long unread(ResidentId resident) {
        return jdbc.sql("""
                select count(*) from notification
                where resident_id = ? and channel = 'IN_PORTAL' and read_at is null""")
                .param(resident.value()).query(Long.class).single();
    }

    /** Newest first. */
    public List<InPortalNotification> latest(ResidentId resident, int limit) {
        return jdbc.sql("""
                select id, kind, reference, subject, body, link, created_at, read_at from notification
                where resident_id = ? and channel = 'IN_PORTAL' order by created_at desc fetch first ? rows only""")
                .params(resident.value(), limit)
                .query((row, n) -> new InPortalNotification(row.getObject("id", UUID.class),
                        NotificationKind.valueOf(row.getString("kind")), row.getString("reference"),
                        row.getString("subject"), row.getString("body"), row.getString("link"),
                        row.getTimestamp("created_at").toInstant(), row.getTimestamp("read_at") != null))
                .list();
    }

    /** Whether it was the resident's and unread. */
    public boolean markRead(ResidentId resident, UUID id, Instant now) {
        return jdbc.sql("""
                update notification set read_at = ?
                where id = ? and resident_id = ? and channel = 'IN_PORTAL' and read_at is null""")
                .params(Outbox.at(now), id, resident.value()).update() == 1;
    }

    /** How many of the resident's were unread. */
    public int markAllRead(ResidentId resident, Instant now) {
        return jdbc.sql("""
                update notification set read_at = ?
                where resident_id = ? and channel = 'IN_PORTAL' and read_at is null""")
                .params(Outbox.at(now), resident.value()).update();
    }
}

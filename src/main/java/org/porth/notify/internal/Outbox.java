package org.porth.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.porth.notify.Backlog;
import org.porth.notify.NotificationChannel;
import org.porth.notify.NotificationKind;
import org.porth.notify.UndeliveredNotification;
import org.porth.shared.OutboxClaim;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification outbox, in plain JDBC: written by the event listeners, claimed and marked by the
 * delivery worker. Every change of status is conditional on the status it expects, so two workers
 * (or a worker and an administrator) never both move one row.
 */
@Component
public class Outbox {

    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String UNCERTAIN = "UNCERTAIN";
    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the notification unless one with its key is there already (an event delivered again);
     * in the portal it is delivered by being written. Whether it wrote one.
     */
    boolean add(NewNotification n, Instant now) {
        String status = n.channel() == NotificationChannel.IN_PORTAL ? SENT : PENDING;
        return jdbc.sql("""
                insert into notification (id, dedupe_key, kind, channel, resident_id, staff_id, address, language,
                    reference, link, subject, body, status, attempts, next_attempt_at, created_at, sent_at)
                values (:id, :key, :kind, :channel, :resident, :staff, :address, :language, :reference, :link,
                    :subject, :body, :status, 0, :now, :now, :sentAt)
                on conflict do nothing""")
                .param("id", UUID.randomUUID()).param("key", n.dedupeKey()).param("kind", n.kind().name())
                .param("channel", n.channel().name()).param("resident", n.residentId()).param("staff", n.staffId())
                .param("address", n.address()).param("language", n.language().code())
                .param("reference", n.reference()).param("link", n.message().link())
                .param("subject", n.message().subject()).param("body", n.message().body())
                .param("status", status).param("now", at(now)).param("sentAt", SENT.equals(status) ? at(now) : null)
                .update() == 1;
    }

    /**
     * Claims up to {@code limit} pending notifications that are due, skipping those another worker's
     * transaction has locked, and marks them SENDING until {@code leaseUntil}. Call it in a
     * transaction of its own: the claim is committed before anything is sent.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Claimed> claim(Instant now, int limit, Instant leaseUntil) {
        List<UUID> ids = OutboxClaim.lockDue(jdbc, "notification", "id", "", List.of(), now, limit,
                (row, n) -> row.getObject("id", UUID.class));
        if (ids.isEmpty()) {
            return List.of();
        }
        OutboxClaim.markSending(jdbc, "notification", ids, now, leaseUntil);
        return jdbc.sql("""
                select id, channel, address, reference, subject, body, attempts from notification
                where id in (:ids) order by next_attempt_at""").param("ids", ids).query(Outbox::claimed).list();
    }

    /**
     * Sent. A row already marked UNCERTAIN (its lease ran out mid-send) is marked sent too: now we know.
     */
    void sent(UUID id, Instant now) {
        jdbc.sql("""
                update notification set status = 'SENT', sent_at = :now, lease_until = null, last_error = null
                where id = :id and status in ('SENDING', 'UNCERTAIN')""").param("now", at(now)).param("id", id).update();
    }

    /** A temporary failure: pending again from {@code next}. */
    void retryLater(UUID id, Instant next, String reason) {
        jdbc.sql("""
                update notification set status = 'PENDING', next_attempt_at = :next, lease_until = null,
                    last_error = :reason where id = :id and status = 'SENDING'""")
                .param("next", at(next)).param("reason", cut(reason)).param("id", id).update();
    }

    /** A permanent failure, or out of tries: only an administrator sends it again. */
    void failed(UUID id, String reason) {
        jdbc.sql("""
                update notification set status = 'FAILED', lease_until = null, last_error = :reason
                where id = :id and status = 'SENDING'""").param("reason", cut(reason)).param("id", id).update();
    }

    /**
     * Notifications whose worker stopped while sending them (their lease ran out): they may have
     * gone, so they are not sent again by themselves but marked UNCERTAIN for an administrator.
     * How many.
     */
    int uncertainAfterLease(Instant now) {
        return jdbc.sql("""
                update notification set status = 'UNCERTAIN', lease_until = null,
                    last_error = 'The sending was interrupted: it may or may not have been delivered'
                where status = 'SENDING' and lease_until < :now""").param("now", at(now)).update();
    }

    /** A failed or uncertain notification gets its tries again, from now. Whether it was one of those. */
    public boolean retry(UUID id, Instant now) {
        return jdbc.sql("""
                update notification set status = 'PENDING', attempts = 0, next_attempt_at = :now
                where id = :id and status in ('FAILED', 'UNCERTAIN')""").param("now", at(now)).param("id", id)
                .update() == 1;
    }

    public List<UndeliveredNotification> undelivered(int limit) {
        return jdbc.sql("""
                select id, kind, channel, reference, status, attempts, last_error, created_at from notification
                where status in ('FAILED', 'UNCERTAIN') order by created_at desc fetch first :limit rows only""")
                .param("limit", limit)
                .query((row, n) -> new UndeliveredNotification(row.getObject("id", UUID.class),
                        NotificationKind.valueOf(row.getString("kind")),
                        NotificationChannel.valueOf(row.getString("channel")), row.getString("reference"),
                        UNCERTAIN.equals(row.getString("status")), row.getInt("attempts"), row.getString("last_error"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
    }

    /**
     * What is not delivered yet, by channel (in the portal there is nothing: it is delivered by being
     * written), with the latest error among what failed; {@link Backlog#alertSince()} is left empty.
     */
    public List<Backlog> backlog() {
        List<Backlog> counted = jdbc.sql("""
                select channel, count(*) as waiting, count(last_error) as retrying, min(created_at) as oldest
                from notification where status in ('PENDING', 'SENDING') group by channel order by channel""")
                .query((row, n) -> new Backlog(NotificationChannel.valueOf(row.getString("channel")),
                        row.getInt("waiting"), row.getInt("retrying"), row.getTimestamp("oldest").toInstant(), null, null))
                .list();
        return counted.stream().map(backlog -> backlog.retrying() == 0 ? backlog
                : new Backlog(backlog.channel(), backlog.waiting(), backlog.retrying(), backlog.oldestSince(),
                        lastError(backlog.channel()), null)).toList();
    }

    private String lastError(NotificationChannel channel) {
        return jdbc.sql("""
                select last_error from notification where status in ('PENDING', 'SENDING') and channel = :channel
                    and last_error is not null
                order by last_attempt_at desc nulls last fetch first 1 rows only""")
                .param("channel", channel.name()).query(String.class).optional().orElse(null);
    }

    private static Claimed claimed(ResultSet row, int number) throws SQLException {
        return new Claimed(row.getObject("id", UUID.class), NotificationChannel.valueOf(row.getString("channel")),
                row.getString("address"), row.getString("reference"), row.getString("subject"), row.getString("body"),
                row.getInt("attempts"));
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String reason) {
        String text = reason == null ? "Unknown failure" : reason;
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}

package org.porth.integration.webhooks;

import static org.porth.integration.webhooks.EndpointStore.at;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.porth.integration.WebhookDeliveryEntry;
import org.porth.shared.OutboxClaim;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webhook deliveries, in plain JDBC: written by the fan-out in the event's transaction, claimed
 * and marked by the workers. As in notify's outbox, every change of status is conditional on the
 * status it expects, so two workers (or a worker and an administrator) never both move one row.
 */
@Component
public class DeliveryOutbox {

    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;

    DeliveryOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A delivery to make, or (with {@code refusal}) one refused at once. Nothing when it is there already. */
    void add(String endpointId, UUID eventId, String type, String subject, String body, Instant now, String refusal) {
        jdbc.sql("""
                insert into webhook_delivery (id, endpoint_id, event_id, event_type, subject, body, status, attempts,
                    next_attempt_at, last_error, created_at)
                select :id, :endpoint, :event, :type, :subject, :body, :status, 0, :now, :error, :now
                where not exists (select 1 from webhook_delivery where endpoint_id = :endpoint and event_id = :event)""")
                .param("id", UUID.randomUUID()).param("endpoint", endpointId).param("event", eventId)
                .param("type", type).param("subject", subject).param("body", body)
                .param("status", refusal == null ? "PENDING" : "REFUSED").param("now", at(now))
                .param("error", refusal).update();
    }

    /**
     * Claims up to {@code limit} due deliveries, skipping those another worker's transaction has locked
     * and those to a {@code full} endpoint, and giving no endpoint more than its {@code room}; marks them
     * SENDING until {@code leaseUntil}. What is left stays due for the next claim. Call it in a
     * transaction of its own.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<ClaimedDelivery> claim(Instant now, int limit, Instant leaseUntil, Set<String> full,
            InFlightPerEndpoint.Room room) {
        List<Due> due = OutboxClaim.lockDue(jdbc, "webhook_delivery", "id, endpoint_id", "endpoint_id not in (:leaving)",
                List.copyOf(full), now, limit,
                (row, n) -> new Due(row.getObject("id", UUID.class), row.getString("endpoint_id")));
        Map<String, Integer> given = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        for (Due one : due) {
            if (given.merge(one.endpointId(), 1, Integer::sum) <= room.of(one.endpointId())) {
                ids.add(one.id());
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        OutboxClaim.markSending(jdbc, "webhook_delivery", ids, now, leaseUntil);
        return jdbc.sql("""
                select id, endpoint_id, body, attempts, created_at from webhook_delivery
                where id in (:ids) order by next_attempt_at""").param("ids", ids).query(DeliveryOutbox::claimed).list();
    }

    private record Due(UUID id, String endpointId) {
    }

    void sent(UUID id, Instant now) {
        jdbc.sql("""
                update webhook_delivery set status = 'SENT', sent_at = :now, lease_until = null, last_error = null
                where id = :id and status = 'SENDING'""").param("now", at(now)).param("id", id).update();
    }

    void retryLater(UUID id, Instant next, String reason) {
        jdbc.sql("""
                update webhook_delivery set status = 'PENDING', next_attempt_at = :next, lease_until = null,
                    last_error = :reason where id = :id and status = 'SENDING'""")
                .param("next", at(next)).param("reason", cut(reason)).param("id", id).update();
    }

    /** Given up ({@code FAILED}: out of time), or not sent because the endpoint is off ({@code DISABLED}). */
    void stopped(UUID id, String status, String reason) {
        jdbc.sql("""
                update webhook_delivery set status = :status, lease_until = null, last_error = :reason
                where id = :id and status = 'SENDING'""")
                .param("status", status).param("reason", cut(reason)).param("id", id).update();
    }

    /** The endpoint was turned off: what waited for it will not go (an administrator may send it again). */
    void endpointDisabled(String endpointId, String reason) {
        jdbc.sql("""
                update webhook_delivery set status = 'DISABLED', last_error = :reason
                where endpoint_id = :endpoint and status = 'PENDING'""")
                .param("reason", cut(reason)).param("endpoint", endpointId).update();
    }

    /**
     * Deliveries whose worker stopped mid-send (their lease ran out): due again at once. The receiver
     * may get one twice, and tells by its {@code webhook-id}. How many.
     */
    int dueAgainAfterLease(Instant now) {
        return jdbc.sql("""
                update webhook_delivery set status = 'PENDING', lease_until = null, next_attempt_at = :now,
                    last_error = 'The sending was interrupted: it may or may not have been delivered'
                where status = 'SENDING' and lease_until < :now""").param("now", at(now)).update();
    }

    /** A delivery that may go again ({@link WebhookDeliveryEntry#mayBeSentAgain()}) is due now; whether it was one. */
    public boolean sendAgain(String endpointId, UUID id, Instant now) {
        return jdbc.sql("""
                update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now, created_at = :now
                where id = :id and endpoint_id = :endpoint and status in ('SENT', 'FAILED', 'DISABLED')""")
                .param("now", at(now)).param("id", id).param("endpoint", endpointId).update() == 1;
    }

    /** The endpoint's deliveries, newest first. */
    public List<WebhookDeliveryEntry> of(String endpointId, int limit) {
        return jdbc.sql("""
                select id, event_id, event_type, subject, status, attempts, last_error, created_at, last_attempt_at,
                    next_attempt_at from webhook_delivery where endpoint_id = :endpoint
                order by created_at desc, id fetch first :limit rows only""")
                .param("endpoint", endpointId).param("limit", limit).query(DeliveryOutbox::entry).list();
    }

    private static WebhookDeliveryEntry entry(ResultSet row, int number) throws SQLException {
        return new WebhookDeliveryEntry(row.getObject("id", UUID.class), row.getObject("event_id", UUID.class),
                row.getString("event_type"), row.getString("subject"), row.getString("status"), row.getInt("attempts"),
                row.getString("last_error"), instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("last_attempt_at")), instant(row.getTimestamp("next_attempt_at")));
    }

    private static ClaimedDelivery claimed(ResultSet row, int number) throws SQLException {
        return new ClaimedDelivery(row.getObject("id", UUID.class), row.getString("endpoint_id"), row.getString("body"),
                row.getInt("attempts"), row.getTimestamp("created_at").toInstant());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String cut(String reason) {
        String text = reason == null ? "Unknown failure" : reason;
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}

package org.porth.integration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.porth.integration.IntegrationEvent;
import org.porth.integration.IntegrationEventTypes;
import org.porth.integration.PublicationBacklog;
import org.porth.integration.UnconfirmedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The integration events as recorded, in plain JDBC: written in the transaction of the change that
 * caused them, numbered by {@code seq} in the order they were recorded. It is the relay's outbox:
 * an event stays PENDING until the broker confirmed it.
 */
@Component
public class EventLog {

    private static final int MAX_ERROR = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    EventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(IntegrationEvent event, Instant now) {
        jdbc.sql("""
                insert into integration_event (id, type, subject, service_code, audience, event_time, data,
                    recorded_at, relay_status)
                values (:id, :type, :subject, :service, :audience, :time, :data, :now, 'PENDING')""")
                .param("id", event.id()).param("type", event.type()).param("subject", event.subject())
                .param("service", event.serviceCode()).param("audience", event.audience())
                .param("time", at(event.time())).param("data", JSON.writeValueAsString(event.data()))
                .param("now", at(now)).update();
    }

    /**
     * Up to {@code limit} unconfirmed events to publish now, in the order recorded, leaving out those
     * already {@code sent} and not answered yet, and every subject with an earlier event waiting to be
     * tried again: nothing overtakes it.
     */
    List<Recorded> due(Instant now, int limit, Collection<Long> sent) {
        Set<String> waiting = Set.copyOf(jdbc.sql("""
                select distinct subject from integration_event
                where relay_status = 'PENDING' and next_attempt_at > :now""")
                .param("now", at(now)).query(String.class).list());
        return jdbc.sql("""
                select seq, id, type, subject, service_code, audience, event_time, data, relay_attempts
                from integration_event where relay_status = 'PENDING'
                """ + (sent.isEmpty() ? "" : "and seq not in (:sent) ") + """
                order by seq fetch first :limit rows only""")
                .param("limit", limit).param("sent", sent).query(EventLog::recorded).list().stream()
                .filter(recorded -> !waiting.contains(recorded.event().subject())).toList();
    }

    void confirmed(List<Long> seqs, Instant now) {
        if (!seqs.isEmpty()) {
            jdbc.sql("""
                    update integration_event set relay_status = 'CONFIRMED', confirmed_at = :now, last_error = null,
                        next_attempt_at = null, relay_attempts = relay_attempts + 1
                    where seq in (:seqs) and relay_status = 'PENDING'""")
                    .param("now", at(now)).param("seqs", seqs).update();
        }
    }

    void failed(long seq, String reason, Instant now, Instant next) {
        jdbc.sql("""
                update integration_event set relay_attempts = relay_attempts + 1, last_attempt_at = :now,
                    last_error = :reason, next_attempt_at = :next
                where seq = :seq and relay_status = 'PENDING'""")
                .param("now", at(now)).param("reason", cut(reason)).param("next", at(next)).param("seq", seq).update();
    }

    /** Failed publications, oldest first, for administrators. */
    public List<UnconfirmedEvent> failures(int limit) {
        return jdbc.sql("""
                select id, type, subject, recorded_at, relay_attempts, last_error, next_attempt_at
                from integration_event where relay_status = 'PENDING' and last_error is not null
                order by seq fetch first :limit rows only""")
                .param("limit", limit)
                .query((row, n) -> new UnconfirmedEvent(row.getObject("id", UUID.class), row.getString("type"),
                        row.getString("subject"), instant(row, "recorded_at"), row.getInt("relay_attempts"),
                        row.getString("last_error"), instant(row, "next_attempt_at")))
                .list();
    }

    /** How many events are not confirmed yet, and when the oldest of them was recorded. */
    public PublicationBacklog backlog(boolean relayed) {
        return jdbc.sql("""
                select count(*) as waiting, min(recorded_at) as oldest from integration_event
                where relay_status = 'PENDING'""")
                .query((row, n) -> new PublicationBacklog(relayed, row.getInt("waiting"), instant(row, "oldest")))
                .single();
    }

    /** Every failed publication is tried again at the relay's next turn. How many. */
    public int retryNow(Instant now) {
        return jdbc.sql("""
                update integration_event set next_attempt_at = :now
                where relay_status = 'PENDING' and next_attempt_at > :now""").param("now", at(now)).update();
    }

    /**
     * The service and ward of a case, as the event that it opened recorded them; none for a case
     * opened before integration events were recorded.
     */
    CaseFacts caseFacts(String reference) {
        return jdbc.sql("""
                select service_code, data from integration_event where subject = :subject and type = :type
                order by seq fetch first 1 rows only""")
                .param("subject", reference).param("type", IntegrationEventTypes.CASE_OPENED)
                .query((row, n) -> new CaseFacts(row.getString("service_code"),
                        (String) JSON.readValue(row.getString("data"), Map.class).get("ward")))
                .optional().orElse(CaseFacts.UNKNOWN);
    }

    /** An event as recorded, with its place in the log. */
    record Recorded(long seq, IntegrationEvent event, int attempts) {
    }

    /** What the integration events about a case repeat from its opening. */
    record CaseFacts(String serviceCode, String ward) {
        static final CaseFacts UNKNOWN = new CaseFacts(null, null);
    }

    @SuppressWarnings("unchecked")
    private static Recorded recorded(ResultSet row, int number) throws SQLException {
        IntegrationEvent event = new IntegrationEvent(row.getObject("id", UUID.class), row.getString("type"),
                row.getString("subject"), row.getString("service_code"), instant(row, "event_time"),
                row.getString("audience"), JSON.readValue(row.getString("data"), Map.class));
        return new Recorded(row.getLong("seq"), event, row.getInt("relay_attempts"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String reason) {
        String text = reason == null ? "Unknown failure" : reason;
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}

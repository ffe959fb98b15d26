package org.porth.insight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.porth.insight.DemandKind;
import org.porth.insight.internal.CaseFact.Contact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The roll-up tables: a case's row and contacts, and the daily counts they add to. A case's row is
 * locked while it changes, and the daily counts change by adding to them in place, so two listeners
 * counting different cases of the same day never lose each other's counts.
 */
@Component
class RollupStore {

    /** Where each kind of contact adds in a day's counts, after requests, duplicates, repeats and asked again. */
    private static final Map<DemandKind, Integer> CONTACT_COLUMNS = Map.of(DemandKind.CHASER, 4, DemandKind.REOPEN, 5,
            DemandKind.CONTACT, 6);

    private final JdbcClient jdbc;

    RollupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the case's row (writing it bare if insight has never seen the case) and reads what was counted. */
    Optional<CaseFact> lock(String reference) {
        jdbc.sql("insert into insight_case (reference) values (?) on conflict do nothing").param(reference).update();
        List<Contact> contacts = jdbc.sql("select kind, happened_at from insight_contact where reference = ? order by kind, happened_at")
                .param(reference).query((rs, n) -> new Contact(DemandKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("happened_at").toInstant())).list();
        return jdbc.sql("select * from insight_case where reference = ? for update").param(reference)
                .query((rs, n) -> rs.getString("service_id") == null ? null : fact(rs, contacts)).optional();
    }

    void write(CaseFact fact) {
        jdbc.sql("""
                update insight_case set service_id = ?, team_id = ?, queue_id = ?, ward = ?, channel = ?,
                    resident_id = ?, latitude = ?, longitude = ?, submitted_at = ?, submitted_day = ?, status = ?,
                    open_case = ?, due_at = ?, sla_state = ?, outcome = ?, outcome_at = ?, failure = ?,
                    chasers = ?, reopens = ? where reference = ?""")
                .params(fact.serviceId(), fact.teamId(), fact.queueId(), fact.ward(), fact.channel(),
                        fact.residentId(), fact.latitude(), fact.longitude(), ts(fact.submittedAt()),
                        fact.submittedDay(), fact.status(), fact.open(), ts(fact.dueAt()), fact.slaState(),
                        fact.outcome(), ts(fact.outcomeAt()), fact.request() == DemandKind.REQUEST ? null : fact.request().name(),
                        count(fact, DemandKind.CHASER), count(fact, DemandKind.REOPEN), fact.reference())
                .update();
        jdbc.sql("delete from insight_contact where reference = ?").param(fact.reference()).update();
        for (Contact contact : fact.contacts()) {
            jdbc.sql("insert into insight_contact (reference, kind, happened_at, on_day) values (?, ?, ?, ?)")
                    .params(fact.reference(), contact.kind().name(), ts(contact.at()), contact.day()).update();
        }
    }

    /** Adds the fact's demand to the daily counts ({@code sign} 1), or takes it away (-1). */
    void addDaily(CaseFact fact, int sign) {
        Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
        long[] request = byDay.computeIfAbsent(fact.submittedDay(), day -> new long[7]);
        request[0] += sign;
        switch (fact.request()) {
            case DUPLICATE -> request[1] += sign;
            case REPEAT -> request[2] += sign;
            case ASKED_AGAIN -> request[3] += sign;
            default -> { }
        }
        for (Contact contact : fact.contacts()) {
            byDay.computeIfAbsent(contact.day(), day -> new long[7])[CONTACT_COLUMNS.get(contact.kind())] += sign;
        }
        String ward = fact.ward() == null ? "" : fact.ward();
        byDay.forEach((day, counts) -> {
            List<Object> key = List.of(day, fact.serviceId(), fact.teamId(), ward, fact.channel());
            jdbc.sql("""
                    insert into insight_daily (on_day, service_id, team_id, ward, channel, requests, duplicates, repeats,
                        asked_again, chasers, reopens, contacts) values (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0) on conflict do nothing""")
                    .params(key).update();
            List<Object> values = new ArrayList<>();
            for (long count : counts) {
                values.add(count);
            }
            values.addAll(key);
            jdbc.sql("""
                    update insight_daily set requests = requests + ?, duplicates = duplicates + ?, repeats = repeats + ?,
                        asked_again = asked_again + ?, chasers = chasers + ?, reopens = reopens + ?, contacts = contacts + ?
                    where on_day = ? and service_id = ? and team_id = ? and ward = ? and channel = ?""")
                    .params(values).update();
        });
    }

    private static CaseFact fact(ResultSet rs, List<Contact> contacts) throws SQLException {
        String failure = rs.getString("failure");
        return new CaseFact(rs.getString("reference"), rs.getString("service_id"), rs.getString("team_id"),
                rs.getString("queue_id"), rs.getString("ward"), rs.getString("channel"), rs.getString("resident_id"),
                rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
                instant(rs.getTimestamp("submitted_at")), rs.getString("status"), rs.getBoolean("open_case"),
                instant(rs.getTimestamp("due_at")), rs.getString("sla_state"), rs.getString("outcome"),
                instant(rs.getTimestamp("outcome_at")), failure == null ? DemandKind.REQUEST : DemandKind.valueOf(failure),
                contacts);
    }

    private static int count(CaseFact fact, DemandKind kind) {
        return (int) fact.contacts().stream().filter(contact -> contact.kind() == kind).count();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

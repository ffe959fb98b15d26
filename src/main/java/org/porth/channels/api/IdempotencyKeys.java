package org.porth.channels.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code api_idempotency_key} table: a key is claimed by inserting its row, which the primary
 * key (client, key) lets exactly one request do on any node; the claim's answer is written when it
 * is known. Each step commits at once (a transaction of its own), so other nodes see it.
 */
@Component
class IdempotencyKeys {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration kept;

    IdempotencyKeys(JdbcClient jdbc, Clock clock, ApiProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.kept = properties.idempotencyKeysKept();
    }

    /** An answer as it was first given, to give again. */
    record StoredAnswer(int status, String contentType, String body, String location) {
    }

    /** What a key holds: the fingerprint of the request that claimed it, and its answer once known. */
    record Claim(String fingerprint, Optional<StoredAnswer> answer) {
    }

    /**
     * Claims the key for this request, in a transaction of its own.
     *
     * @throws DuplicateKeyException when another request holds it (see {@link #find}); a key older
     *         than it is kept for is free again, as if purged already
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void claim(String clientId, String key, String fingerprint) {
        Instant now = clock.instant();
        jdbc.sql("delete from api_idempotency_key where client_id = ? and idempotency_key = ? and created_at < ?")
                .params(clientId, key, Timestamp.from(now.minus(kept))).update();
        jdbc.sql("""
                insert into api_idempotency_key (client_id, idempotency_key, fingerprint, created_at)
                values (?, ?, ?, ?)""").params(clientId, key, fingerprint, Timestamp.from(now)).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Claim> find(String clientId, String key) {
        return jdbc.sql("""
                select fingerprint, status, content_type, body, location from api_idempotency_key
                where client_id = ? and idempotency_key = ?""").params(clientId, key)
                .query((row, number) -> {
                    int status = row.getInt("status");
                    Optional<StoredAnswer> answer = row.wasNull() ? Optional.empty() : Optional.of(new StoredAnswer(status,
                            row.getString("content_type"), row.getString("body"), row.getString("location")));
                    return new Claim(row.getString("fingerprint"), answer);
                }).optional();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void answer(String clientId, String key, StoredAnswer answer) {
        jdbc.sql("""
                update api_idempotency_key set status = ?, content_type = ?, body = ?, location = ?
                where client_id = ? and idempotency_key = ?""")
                .params(answer.status(), answer.contentType(), answer.body(), answer.location(), clientId, key).update();
    }

    /** The request failed unexpectedly: nothing was made, so the key may be used again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String clientId, String key) {
        jdbc.sql("delete from api_idempotency_key where client_id = ? and idempotency_key = ? and status is null")
                .params(clientId, key).update();
    }

    /** Deletes the keys older than they are kept for; how many went. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int purge() {
        return jdbc.sql("delete from api_idempotency_key where created_at < ?")
                .param(Timestamp.from(clock.instant().minus(kept))).update();
    }
}

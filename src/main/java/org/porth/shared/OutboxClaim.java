package org.porth.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The claim every outbox table makes on every node (notifications, webhook deliveries): the rows
 * PENDING and due, oldest due first, locked with {@code for update skip locked} so a second worker
 * takes others instead of waiting; then marked SENDING until a lease runs out, with one more attempt
 * counted. The table needs {@code id, status, next_attempt_at, lease_until, attempts, last_attempt_at}.
 * Both steps run in the claim's own transaction, committed before anything is sent.
 */
public final class OutboxClaim {

    private OutboxClaim() {
    }

    /**
     * Locks up to {@code limit} due rows of {@code table}, skipping those another transaction has
     * locked, and reads {@code columns} of each. {@code leaving} adds a condition (and its named
     * parameter {@code :leaving}) when it is not empty: rows the caller does not want now.
     */
    public static <T> List<T> lockDue(JdbcClient jdbc, String table, String columns, String leaving,
            List<?> leavingOut, Instant now, int limit, RowMapper<T> row) {
        return jdbc.sql("select " + columns + " from " + table + " where status = 'PENDING' and next_attempt_at <= :now "
                        + (leavingOut.isEmpty() ? "" : "and " + leaving + " ")
                        + "order by next_attempt_at fetch first :limit rows only for update skip locked")
                .param("now", at(now)).param("limit", limit).param("leaving", leavingOut).query(row).list();
    }

    /** Marks the locked rows SENDING until {@code leaseUntil}: one more attempt, made {@code now}. */
    public static void markSending(JdbcClient jdbc, String table, List<UUID> ids, Instant now, Instant leaseUntil) {
        jdbc.sql("update " + table + " set status = 'SENDING', lease_until = :lease, attempts = attempts + 1, "
                        + "last_attempt_at = :now where id in (:ids) and status = 'PENDING'")
                .param("lease", at(leaseUntil)).param("now", at(now)).param("ids", ids).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

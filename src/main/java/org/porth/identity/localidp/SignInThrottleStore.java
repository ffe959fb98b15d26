package org.porth.identity.localidp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The throttle's counts in {@code sign_in_throttle}, shared by every node. A sign-in holds its
 * account's and its address's rows locked (always the account first, so two sign-ins never wait for
 * each other in a circle) until it has checked the password and counted the outcome.
 */
@Component
@Profile("!prod")
class SignInThrottleStore {

    enum Kind { ACCOUNT, ADDRESS }

    private final JdbcClient jdbc;

    SignInThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The subject's state, its row locked until the transaction ends; made first if it has none. */
    @Transactional(propagation = Propagation.MANDATORY)
    ThrottleState lock(Kind kind, String subject) {
        // another sign-in may make the same row at the same moment: then this waits for it, and uses it
        jdbc.sql("insert into sign_in_throttle (kind, subject, failures) values (?, ?, 0) on conflict do nothing")
                .params(kind.name(), subject).update();
        return jdbc.sql("select failures, last_failure_at, locked_until from sign_in_throttle"
                        + " where kind = ? and subject = ? for update")
                .params(kind.name(), subject)
                .query((row, number) -> new ThrottleState(row.getInt("failures"),
                        instant(row.getObject("last_failure_at", OffsetDateTime.class)),
                        instant(row.getObject("locked_until", OffsetDateTime.class))))
                .single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void save(Kind kind, String subject, ThrottleState state) {
        jdbc.sql("update sign_in_throttle set failures = ?, last_failure_at = ?, locked_until = ?"
                        + " where kind = ? and subject = ?")
                .params(state.failures(), at(state.lastFailureAt()), at(state.lockedUntil()),
                        kind.name(), subject)
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void forget(Kind kind, String subject) {
        jdbc.sql("delete from sign_in_throttle where kind = ? and subject = ?").params(kind.name(), subject).update();
    }

    /** Deletes the rows of a kind with no lock on at {@code now} and no failure since {@code failedBefore}. */
    @Transactional(propagation = Propagation.MANDATORY)
    int forgetOlder(Kind kind, Instant failedBefore, Instant now) {
        return jdbc.sql("delete from sign_in_throttle where kind = ?"
                        + " and (last_failure_at is null or last_failure_at < ?)"
                        + " and (locked_until is null or locked_until <= ?)")
                .params(kind.name(), at(failedBefore), at(now))
                .update();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

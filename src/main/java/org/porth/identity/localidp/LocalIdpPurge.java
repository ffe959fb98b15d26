package org.porth.identity.localidp;

import static org.porth.identity.localidp.SignInThrottleStore.at;

import java.time.Clock;
import java.time.Instant;

import org.porth.shared.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the embedded provider's tables to what can still be used: deletes the authorizations whose
 * code and tokens have all expired (one that issued an ID token only after the sign-out window, since
 * signing out looks it up by that token, expired or not), and the sign-in failures that are forgotten.
 * Every node runs it; one at a time acts ({@link JobLock}, decision 0009).
 */
@Component
@Profile("!prod")
class LocalIdpPurge {

    static final String JOB = "local-idp-purge";
    private static final Logger log = LoggerFactory.getLogger(LocalIdpPurge.class);

    private final JdbcClient jdbc;
    private final SignInThrottleStore throttle;
    private final SignInThrottleProperties policies;
    private final LocalIdpProperties properties;
    private final JobLock lock;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LocalIdpPurge(JdbcClient jdbc, SignInThrottleStore throttle, SignInThrottleProperties policies,
            LocalIdpProperties properties, JobLock lock, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.policies = policies;
        this.properties = properties;
        this.lock = lock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${porth.local-idp.purge-interval:10m}",
            initialDelayString = "${porth.local-idp.purge-interval:10m}")
    public void run() {
        Purged purged = runOnce(clock.instant());
        if (purged.authorizations() > 0 || purged.throttleRows() > 0) {
            log.info("Deleted {} expired sign-in authorizations and {} forgotten sign-in failure counts",
                    purged.authorizations(), purged.throttleRows());
        }
    }

    /** One run as at {@code now}; nothing if another node is running it. */
    Purged runOnce(Instant now) {
        return transactions.execute(status -> {
            if (!lock.tryTake(JOB)) {
                return new Purged(0, 0);
            }
            int throttleRows = throttle.forgetOlder(SignInThrottleStore.Kind.ACCOUNT,
                    now.minus(policies.account().forgetAfter()), now)
                    + throttle.forgetOlder(SignInThrottleStore.Kind.ADDRESS,
                    now.minus(policies.address().forgetAfter()), now);
            return new Purged(expiredAuthorizations(now), throttleRows);
        });
    }

    /** A row with none of these times is not one this provider makes (it needs no consent): left alone. */
    private int expiredAuthorizations(Instant now) {
        return jdbc.sql("""
                delete from oauth2_authorization
                 where coalesce(authorization_code_expires_at, access_token_expires_at, oidc_id_token_issued_at,
                                refresh_token_expires_at, device_code_expires_at, user_code_expires_at) is not null
                   and (authorization_code_expires_at is null or authorization_code_expires_at <= :now)
                   and (access_token_expires_at is null or access_token_expires_at <= :now)
                   and (oidc_id_token_expires_at is null or oidc_id_token_expires_at <= :now)
                   and (oidc_id_token_issued_at is null or oidc_id_token_issued_at <= :signedInBefore)
                   and (refresh_token_expires_at is null or refresh_token_expires_at <= :now)
                   and (device_code_expires_at is null or device_code_expires_at <= :now)
                   and (user_code_expires_at is null or user_code_expires_at <= :now)""")
                .param("now", at(now))
                .param("signedInBefore", at(now.minus(properties.signOutWindow())))
                .update();
    }

    record Purged(int authorizations, int throttleRows) {
    }
}

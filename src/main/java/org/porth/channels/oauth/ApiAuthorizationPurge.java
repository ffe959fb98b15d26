package org.porth.channels.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.porth.shared.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes API clients' authorizations that nothing can use any more: every code and token in them
 * expired (a resident's app keeps its row while its refresh token lasts, and removing the app still
 * works at once), or, for one still waiting for a resident's consent, made over a day ago. Without
 * it the table grows by a row with every client-credentials token, for good, in prod (elsewhere the
 * embedded provider's purge also deletes them). Only API clients' rows: the embedded provider's
 * sign-ins keep their own rule. Every node runs it; one at a time acts (decision 0009).
 */
@Component
class ApiAuthorizationPurge {

    static final String JOB = "api-authorization-purge";
    /** How long a resident may leave the consent page open before answering it. */
    static final Duration CONSENT_WAIT = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(ApiAuthorizationPurge.class);

    private final JdbcClient jdbc;
    private final JobLock lock;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ApiAuthorizationPurge(JdbcClient jdbc, JobLock lock, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.lock = lock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${porth.api.authorization-purge-interval:10m}",
            initialDelayString = "${porth.api.authorization-purge-interval:10m}")
    void run() {
        int purged = runOnce(clock.instant());
        if (purged > 0) {
            log.info("Deleted {} expired API authorizations", purged);
        }
    }

    /** One run as at {@code now}; nothing if another node is running it. */
    int runOnce(Instant now) {
        Integer purged = transactions.execute(status -> lock.tryTake(JOB) ? expired(now) : 0);
        return purged == null ? 0 : purged;
    }

    private int expired(Instant now) {
        return jdbc.sql("""
                delete from oauth2_authorization
                 where registered_client_id in (select id from api_client)
                   and (authorization_code_expires_at is null or authorization_code_expires_at <= :now)
                   and (access_token_expires_at is null or access_token_expires_at <= :now)
                   and (refresh_token_expires_at is null or refresh_token_expires_at <= :now)
                   and (oidc_id_token_expires_at is null or oidc_id_token_expires_at <= :now)
                   and (coalesce(authorization_code_expires_at, access_token_expires_at, refresh_token_expires_at,
                                 oidc_id_token_expires_at) is not null
                        or created_at <= :consentSince)""")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("consentSince", now.minus(CONSENT_WAIT).atOffset(ZoneOffset.UTC))
                .update();
    }
}

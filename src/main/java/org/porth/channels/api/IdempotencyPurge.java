package org.porth.channels.api;

import org.porth.shared.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Forgets idempotency keys after they are kept for (24 hours). Every node runs it; one at a time acts (decision 0009). */
@Component
class IdempotencyPurge {

    static final String JOB = "api-idempotency-purge";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyKeys keys;
    private final JobLock lock;
    private final TransactionTemplate transactions;

    IdempotencyPurge(IdempotencyKeys keys, JobLock lock, PlatformTransactionManager transactionManager) {
        this.keys = keys;
        this.lock = lock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${porth.api.idempotency-purge-interval:1h}",
            initialDelayString = "${porth.api.idempotency-purge-interval:1h}")
    void run() {
        int purged = runOnce();
        if (purged > 0) {
            log.info("Forgot {} API idempotency keys", purged);
        }
    }

    /** One run; nothing if another node is running it. */
    int runOnce() {
        Integer purged = transactions.execute(status -> lock.tryTake(JOB) ? keys.purge() : 0);
        return purged == null ? 0 : purged;
    }
}

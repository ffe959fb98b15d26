package org.porth.integration.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes this node's relay as soon as a transaction that recorded events commits, so an event reaches
 * the broker in milliseconds, not at the relay's next turn; events recorded on other nodes wait for
 * that turn.
 */
@Component
class RelayWakeUp {

    private final Semaphore signal = new Semaphore(0);

    /** After the current transaction commits (once, however many events it recorded). */
    void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getResource(this) == null) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RelayWakeUp.this);
                    if (status == STATUS_COMMITTED) {
                        wake();
                    }
                }
            });
        }
    }

    void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** Waits until woken or {@code millis} pass. */
    void await(long millis) throws InterruptedException {
        signal.tryAcquire(millis, TimeUnit.MILLISECONDS);
        signal.drainPermits();
    }
}

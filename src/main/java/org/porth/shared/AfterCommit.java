package org.porth.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs something once the current transaction has committed (at once when there is none), for
 * effects outside the database that must not happen for work that is rolled back: a count, a
 * forgotten cache entry, a file removed. Its siblings run something when the transaction ends
 * either way, or only when it does not commit.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable effect) {
        atOnceOrLater(effect, new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                effect.run();
            }
        });
    }

    /** Once the current transaction has ended, committed or not (at once when there is none); after every {@link #run}. */
    public static void whenDone(Runnable effect) {
        atOnceOrLater(effect, new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                effect.run();
            }
        });
    }

    /** Once the current transaction has rolled back or failed; only in a transaction (else IllegalStateException). */
    public static void unlessCommitted(Runnable effect) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    effect.run();
                }
            }
        });
    }

    private static void atOnceOrLater(Runnable effect, TransactionSynchronization later) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(later);
        } else {
            effect.run();
        }
    }
}

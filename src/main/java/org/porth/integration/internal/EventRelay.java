package org.porth.integration.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.porth.shared.JobLock;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relays recorded events to the broker, from one node at a time (the job lock, held for the turn):
 * the events due, in the order recorded, each marked CONFIRMED only once the broker confirmed it. A
 * failed one waits, with its subject's later events behind it, and is tried again with back-off. A
 * node that stops mid-turn marks nothing: the next turn sends those events again (at least once;
 * consumers drop duplicates by the event's id).
 */
class EventRelay {

    static final String JOB = "integration-event-relay";
    private static final Duration MAX_BACK_OFF = Duration.ofMinutes(5);

    private final EventLog log;
    private final RabbitPublisher publisher;
    private final JobLock jobLock;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;

    EventRelay(EventLog log, RabbitPublisher publisher, JobLock jobLock, TransactionTemplate transactions, Clock clock,
            int batchSize) {
        this.log = log;
        this.publisher = publisher;
        this.jobLock = jobLock;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** One turn: how many events it tried (0 when another node holds the lock or none is due). */
    int relayOnce() {
        Integer tried = transactions.execute(status -> {
            if (!jobLock.tryTake(JOB)) {
                return 0;
            }
            List<EventLog.Recorded> due = log.due(clock.instant(), batchSize);
            if (due.isEmpty()) {
                return 0;
            }
            List<RabbitPublisher.Result> results = publish(due);
            Instant now = clock.instant();
            log.confirmed(results.stream().filter(RabbitPublisher.Result::confirmed).map(RabbitPublisher.Result::seq)
                    .toList(), now);
            for (int i = 0; i < results.size(); i++) {
                if (!results.get(i).confirmed()) {
                    int attempts = due.get(i).attempts() + 1;
                    log.failed(results.get(i).seq(), results.get(i).failure(), now, now.plus(backOff(attempts)));
                }
            }
            return due.size();
        });
        return tried == null ? 0 : tried;
    }

    /** Whether a turn may have left more due: it tried a whole batch. */
    boolean full(int tried) {
        return tried >= batchSize;
    }

    private List<RabbitPublisher.Result> publish(List<EventLog.Recorded> due) {
        try {
            return publisher.publish(due);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Stopped while waiting for the broker's confirms", e);
        }
    }

    /** 2, 4, 8 ... seconds, at most five minutes. */
    static Duration backOff(int attempts) {
        Duration wait = Duration.ofSeconds(1L << Math.min(attempts, 9));
        return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
    }
}

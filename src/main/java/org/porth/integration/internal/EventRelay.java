package org.porth.integration.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.porth.shared.JobLock;
import org.springframework.amqp.AmqpException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relays recorded events to the broker, from one node at a time (the job lock, held for the turn):
 * the events due, in the order recorded, on one channel, pipelined: the next batch goes while the last
 * one's confirms are on their way, and each event is marked CONFIRMED (in a transaction of its own,
 * committed at once) as soon as its own confirm arrives. A failed one waits, with its subject's later
 * events behind it, and is tried again with back-off; after a failure the turn sends nothing more and
 * ends once every answer is in, so the next turn reads the log again with that subject held back. A
 * node that stops mid-turn leaves what was not confirmed PENDING: the next turn sends it again (at least
 * once; consumers drop duplicates by the event's id). Decision 0050.
 */
class EventRelay {

    static final String JOB = "integration-event-relay";
    private static final Duration MAX_BACK_OFF = Duration.ofMinutes(5);

    private final EventLog log;
    private final RabbitPublisher publisher;
    private final JobLock jobLock;
    private final TransactionTemplate lockHolder;
    private final TransactionTemplate marks;
    private final Clock clock;
    private final RelaySettings settings;

    EventRelay(EventLog log, RabbitPublisher publisher, JobLock jobLock, TransactionTemplate lockHolder,
            TransactionTemplate marks, Clock clock, RelaySettings settings) {
        this.log = log;
        this.publisher = publisher;
        this.jobLock = jobLock;
        this.lockHolder = lockHolder;
        this.marks = marks;
        this.clock = clock;
        this.settings = settings;
    }

    /** One turn: how many events it tried (0 when another node holds the lock or none is due). */
    int relayOnce() {
        Integer tried = lockHolder.execute(status -> jobLock.tryTake(JOB) ? turnOnAChannel() : 0);
        return tried == null ? 0 : tried;
    }

    private int turnOnAChannel() {
        try {
            return publisher.onOneChannel(this::turn);
        } catch (AmqpException noChannel) {
            // no connection to the broker: what is due is shown to administrators as not sent, and waits
            List<EventLog.Recorded> due = log.due(clock.instant(), settings.batchSize(), List.of());
            mark(due.stream().map(event -> new PublishingChannel.Answer(event, "Not sent: " + noChannel.getMessage()))
                    .toList());
            return due.size();
        }
    }

    /** Whether a turn may have left more due: it tried at least a whole batch. */
    boolean full(int tried) {
        return tried >= settings.batchSize();
    }

    /**
     * Sends what is due, batch after batch while there is room for a whole batch among the
     * {@code max-in-flight} waiting for their confirm (a read of the log for a handful of events costs
     * as much as one for a batch), and marks the answers as they come, together: RabbitMQ confirms many
     * at once; ends when nothing is due or in flight, or after a failure or the turn's time once every
     * answer is in.
     */
    private int turn(PublishingChannel channel) {
        long endOfTurn = System.nanoTime() + settings.turn().toNanos();
        boolean sending = true;
        int tried = 0;
        while (true) {
            List<EventLog.Recorded> due = List.of();
            int room = settings.maxInFlight() - channel.inFlight();
            if (sending && (room >= settings.batchSize() || channel.inFlight() == 0)) {
                due = log.due(clock.instant(), Math.min(settings.batchSize(), room), channel.inFlightSeqs());
                sending = channel.send(due) && System.nanoTime() - endOfTurn < 0;
                tried += due.size();
            }
            if (due.isEmpty() && channel.inFlight() == 0) {
                return tried;
            }
            sending &= mark(answers(channel, due.isEmpty()));
        }
    }

    /** Marks what the broker answered; whether every one was confirmed. */
    private boolean mark(List<PublishingChannel.Answer> answers) {
        if (answers.isEmpty()) {
            return true;
        }
        Instant now = clock.instant();
        List<PublishingChannel.Answer> failed = answers.stream().filter(answer -> !answer.confirmed()).toList();
        marks.executeWithoutResult(status -> {
            log.confirmed(answers.stream().filter(PublishingChannel.Answer::confirmed)
                    .map(answer -> answer.event().seq()).toList(), now);
            failed.forEach(answer -> log.failed(answer.event().seq(), answer.failure(), now,
                    now.plus(backOff(answer.event().attempts() + 1))));
        });
        return failed.isEmpty();
    }

    private static List<PublishingChannel.Answer> answers(PublishingChannel channel, boolean wait) {
        try {
            return channel.answers(wait);
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

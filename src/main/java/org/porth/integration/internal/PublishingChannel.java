package org.porth.integration.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.CorrelationData;

/**
 * One relay turn's channel to the broker: events go out in the order given, and each one's answer
 * (confirmed, or why not) is handed back as soon as the broker gives it, while later events are
 * already on their way. The broker takes a channel's messages in the order sent, so what reached it
 * before the channel broke is a prefix of what was sent. Used by the relay's one thread.
 */
class PublishingChannel {

    /** Sends one event on the channel, with the correlation its confirm (or return) completes. */
    interface Send {
        void send(EventLog.Recorded event, CorrelationData correlation);
    }

    /** What became of one event sent: confirmed, or why not. */
    record Answer(EventLog.Recorded event, String failure) {
        boolean confirmed() {
            return failure == null;
        }
    }

    private record InFlight(EventLog.Recorded event, long deadline) {
    }

    private final Send channel;
    private final long confirmTimeoutNanos;
    private final long gatherNanos;
    private final Map<Long, InFlight> inFlight = new LinkedHashMap<>();
    private final BlockingQueue<Answer> arrived = new LinkedBlockingQueue<>();

    PublishingChannel(Send channel, long confirmTimeoutNanos, long gatherNanos) {
        this.channel = channel;
        this.confirmTimeoutNanos = confirmTimeoutNanos;
        this.gatherNanos = gatherNanos;
    }

    /**
     * Sends the events in order; false when the channel failed, and then the event it failed on and
     * every one after it are answered as not sent.
     */
    boolean send(List<EventLog.Recorded> events) {
        for (int i = 0; i < events.size(); i++) {
            EventLog.Recorded event = events.get(i);
            CorrelationData correlation = new CorrelationData(event.event().id().toString());
            correlation.getFuture().whenComplete(answerWhenConfirmed(event, correlation));
            inFlight.put(event.seq(), new InFlight(event, System.nanoTime() + confirmTimeoutNanos));
            try {
                channel.send(event, correlation);
            } catch (AmqpException e) {
                events.subList(i, events.size()).forEach(unsent -> {
                    inFlight.putIfAbsent(unsent.seq(), new InFlight(unsent, System.nanoTime()));
                    arrived.add(new Answer(unsent, "Not sent: " + e.getMessage()));
                });
                return false;
            }
        }
        return true;
    }

    int inFlight() {
        return inFlight.size();
    }

    /** The positions in the log of the events sent and not answered yet: not to be read as due again. */
    Collection<Long> inFlightSeqs() {
        return List.copyOf(inFlight.keySet());
    }

    /**
     * The answers that have arrived; with {@code wait}, waits for at least one (or until the oldest
     * event's confirm is overdue), then up to {@code gather} for the rest of the broker's answer: one
     * confirm with {@code multiple} answers many events, handed back one by one. An event whose confirm
     * is overdue is answered as not confirmed (a confirm that comes after that is ignored: the event goes
     * again, and consumers drop the duplicate).
     */
    List<Answer> answers(boolean wait) throws InterruptedException {
        List<Answer> answers = new ArrayList<>();
        if (wait && !inFlight.isEmpty()) {
            long oldest = inFlight.values().iterator().next().deadline();
            Answer first = arrived.poll(Math.max(0, oldest - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (first != null) {
                answers.add(first);
                gather(answers, System.nanoTime() + gatherNanos);
            }
        }
        arrived.drainTo(answers);
        answers.removeIf(answer -> inFlight.remove(answer.event().seq()) == null);
        long now = System.nanoTime();
        var overdue = inFlight.values().iterator();
        while (overdue.hasNext()) {
            InFlight waiting = overdue.next();
            if (waiting.deadline() - now > 0) {
                break; // sent in order, so due in order: the rest are not overdue either
            }
            answers.add(new Answer(waiting.event(), "No confirm from the broker in time"));
            overdue.remove();
        }
        return answers;
    }

    /** Adds the answers arriving until every event in flight is answered or the time is up. */
    private void gather(List<Answer> answers, long until) throws InterruptedException {
        while (answers.size() < inFlight.size()) {
            Answer next = arrived.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            answers.add(next);
        }
    }

    private BiConsumer<CorrelationData.Confirm, Throwable> answerWhenConfirmed(EventLog.Recorded event,
            CorrelationData correlation) {
        return (confirm, error) -> arrived.add(new Answer(event, failure(correlation, confirm, error)));
    }

    private static String failure(CorrelationData correlation, CorrelationData.Confirm confirm, Throwable error) {
        if (error != null) {
            return "Not confirmed: " + error.getMessage();
        }
        if (correlation.getReturned() != null) {
            return "Returned unroutable: no queue is bound for it (" + correlation.getReturned().getReplyText() + ")";
        }
        return confirm.ack() ? null : "Not confirmed by the broker: " + confirm.reason();
    }
}

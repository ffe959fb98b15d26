package org.porth.integration.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.porth.integration.IntegrationEvent;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes events to the topic exchange, in order, on one channel, and says which the broker
 * confirmed: persistent, mandatory (a message no queue takes is returned, and counts as failed), with
 * correlated publisher confirms. On one channel the broker takes messages in the order sent, so what
 * reached it before a connection broke is a prefix of what was sent.
 */
class RabbitPublisher {

    static final String CONTENT_TYPE = "application/cloudevents+json";

    private final RabbitTemplate rabbit;
    private final String exchange;
    private final String source;
    private final Duration confirmTimeout;

    RabbitPublisher(RabbitTemplate rabbit, String exchange, String source, Duration confirmTimeout) {
        this.rabbit = rabbit;
        this.exchange = exchange;
        this.source = source;
        this.confirmTimeout = confirmTimeout;
    }

    /** What became of one event: confirmed, or why not. */
    record Result(long seq, String failure) {
        boolean confirmed() {
            return failure == null;
        }
    }

    /** Sends every event (stopping at the first that cannot be sent) and waits for the broker's answers. */
    List<Result> publish(List<EventLog.Recorded> events) throws InterruptedException {
        List<CorrelationData> sent = new ArrayList<>();
        String sendFailure = rabbit.invoke(operations -> {
            for (EventLog.Recorded recorded : events) {
                CorrelationData correlation = new CorrelationData(recorded.event().id().toString());
                try {
                    operations.send(exchange, routingKey(recorded.event()), message(recorded.event()), correlation);
                } catch (AmqpException e) {
                    return "Not sent: " + e.getMessage();
                }
                sent.add(correlation);
            }
            return null;
        });
        long deadline = System.nanoTime() + confirmTimeout.toNanos();
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            long seq = events.get(i).seq();
            results.add(new Result(seq, i < sent.size() ? answer(sent.get(i), deadline) : sendFailure));
        }
        return results;
    }

    /** {@code <type>.<service code>}; an event for one partner alone: {@code partner.<id>.<type>}. */
    static String routingKey(IntegrationEvent event) {
        String partner = event.partnerId();
        if (partner != null) {
            return "partner." + partner + "." + event.type();
        }
        return event.type() + "." + (event.serviceCode() == null ? "none" : event.serviceCode());
    }

    private Message message(IntegrationEvent event) {
        return MessageBuilder.withBody(event.toCloudEventJson(source).getBytes(StandardCharsets.UTF_8))
                .setContentType(CONTENT_TYPE).setContentEncoding(StandardCharsets.UTF_8.name())
                .setMessageId(event.id().toString()).setType(event.type())
                .setTimestamp(Date.from(event.time())).setDeliveryMode(MessageDeliveryMode.PERSISTENT).build();
    }

    private static String answer(CorrelationData correlation, long deadline) throws InterruptedException {
        try {
            CorrelationData.Confirm confirm = correlation.getFuture()
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (correlation.getReturned() != null) {
                return "Returned unroutable: no queue is bound for it (" + correlation.getReturned().getReplyText() + ")";
            }
            return confirm.ack() ? null : "Not confirmed by the broker: " + confirm.reason();
        } catch (TimeoutException e) {
            return "No confirm from the broker in time";
        } catch (ExecutionException e) {
            return "Not confirmed: " + e.getCause().getMessage();
        }
    }
}

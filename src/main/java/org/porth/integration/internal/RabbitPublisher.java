package org.porth.integration.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.function.Function;

import org.porth.integration.IntegrationEvent;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes events to the topic exchange, in order, on one channel ({@link PublishingChannel}):
 * persistent, mandatory (a message no queue takes is returned, and counts as failed), with correlated
 * publisher confirms.
 */
class RabbitPublisher {

    static final String CONTENT_TYPE = "application/cloudevents+json";

    private final RabbitTemplate rabbit;
    private final String exchange;
    private final String source;
    private final Duration confirmTimeout;
    private final Duration gather;

    RabbitPublisher(RabbitTemplate rabbit, String exchange, String source, Duration confirmTimeout, Duration gather) {
        this.rabbit = rabbit;
        this.exchange = exchange;
        this.source = source;
        this.confirmTimeout = confirmTimeout;
        this.gather = gather;
    }

    /**
     * Runs a relay turn on a channel of its own: everything it sends goes on that one channel, in order,
     * persistent and mandatory, with its confirm correlated by the event's id.
     */
    <T> T onOneChannel(Function<PublishingChannel, T> turn) {
        return rabbit.invoke(operations -> turn.apply(new PublishingChannel((recorded, correlation) -> operations
                .send(exchange, routingKey(recorded.event()), message(recorded.event()), correlation),
                confirmTimeout.toNanos(), gather.toNanos())));
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
}

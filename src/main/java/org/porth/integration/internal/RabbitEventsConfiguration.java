package org.porth.integration.internal;

import java.time.Clock;
import java.time.Duration;

import org.porth.shared.JobLock;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With a broker ({@code porth.events.rabbitmq.enabled}, set by the {@code rabbitmq} profile): the
 * durable topic exchange, declared when Porth connects, and the relay that publishes to it. Without
 * one, events are still recorded (and webhooks still deliver them).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "porth.events.rabbitmq.enabled", havingValue = "true")
class RabbitEventsConfiguration {

    @Bean
    TopicExchange integrationEventsExchange(@Value("${porth.events.rabbitmq.exchange}") String exchange) {
        return new TopicExchange(exchange, true, false);
    }

    @Bean
    RabbitPublisher rabbitPublisher(RabbitTemplate rabbit, @Value("${porth.events.rabbitmq.exchange}") String exchange,
            @Value("${porth.events.source}") String source,
            @Value("${porth.events.relay.confirm-timeout}") Duration confirmTimeout,
            @Value("${porth.events.relay.gather}") Duration gather) {
        return new RabbitPublisher(rabbit, exchange, source, confirmTimeout, gather);
    }

    @Bean
    EventRelay eventRelay(EventLog log, RabbitPublisher publisher, JobLock jobLock,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${porth.events.relay.batch-size}") int batchSize,
            @Value("${porth.events.relay.max-in-flight}") int maxInFlight,
            @Value("${porth.events.relay.turn}") Duration turn) {
        TransactionTemplate marks = new TransactionTemplate(transactionManager);
        // marked while the turn's transaction holds the job lock, and committed at once
        marks.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new EventRelay(log, publisher, jobLock, new TransactionTemplate(transactionManager), marks, clock,
                new RelaySettings(batchSize, maxInFlight, turn));
    }

    @Bean
    RelayLoop relayLoop(EventRelay relay, RelayWakeUp wakeUp, @Value("${porth.events.relay.interval}") Duration interval) {
        return new RelayLoop(relay, wakeUp, interval);
    }
}

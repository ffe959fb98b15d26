package org.porth.integration.internal;

import java.time.Clock;

import org.porth.integration.IntegrationEvent;
import org.porth.integration.IntegrationEventSubscriber;
import org.porth.integration.IntegrationEvents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each integration event in the caller's transaction and tells every subscriber (webhooks)
 * in it: the event, its deliveries and the change that caused it commit together or not at all.
 */
@Component
class RecordedIntegrationEvents implements IntegrationEvents {

    private final EventLog log;
    private final ObjectProvider<IntegrationEventSubscriber> subscribers;
    private final Clock clock;
    private final RelayWakeUp wakeUp;

    RecordedIntegrationEvents(EventLog log, ObjectProvider<IntegrationEventSubscriber> subscribers, Clock clock,
            RelayWakeUp wakeUp) {
        this.log = log;
        this.subscribers = subscribers;
        this.clock = clock;
        this.wakeUp = wakeUp;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(IntegrationEvent event) {
        log.record(event, clock.instant());
        wakeUp.afterCommit();
        subscribers.orderedStream().forEach(subscriber -> subscriber.recorded(event));
    }
}

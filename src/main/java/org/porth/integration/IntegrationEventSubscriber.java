package org.porth.integration;

/** Something that fans an integration event out (webhooks): told of each event as it is recorded. */
public interface IntegrationEventSubscriber {

    /** Called in the transaction that records the event. */
    void recorded(IntegrationEvent event);
}

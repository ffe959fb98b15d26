package org.porth.integration;

/** Where modules publish integration events: recorded once, then delivered at least once. */
public interface IntegrationEvents {

    /** Records the event (joins the caller's transaction; requires one) and calls every subscriber in it. */
    void publish(IntegrationEvent event);
}

package org.porth.integration;

/** Whether a partner organisation may receive an event, by its data sharing agreement. */
public interface PartnerGate {

    /** Whether the partner may receive this event now (agreement in force, type and fields allowed). */
    boolean mayReceive(String partnerId, IntegrationEvent event);
}

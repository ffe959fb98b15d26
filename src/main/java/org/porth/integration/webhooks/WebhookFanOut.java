package org.porth.integration.webhooks;

import java.time.Clock;
import java.time.Instant;

import org.porth.integration.IntegrationEvent;
import org.porth.integration.IntegrationEventSubscriber;
import org.porth.integration.PartnerGate;
import org.porth.integration.WebhookEndpointDetails;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes one delivery for each endpoint that wants an event, in the transaction that records it, so an
 * event is never recorded without its deliveries nor the other way round. An event for everyone
 * (no audience) goes to every enabled endpoint whose event types and services match; one for a partner
 * ({@code partner:<id>}) only to that partner's. A partner's endpoint gets it only if the partner may
 * receive it now ({@link PartnerGate}; allowed when no module decides): otherwise a REFUSED delivery,
 * with the reason, shows staff what was held back.
 */
@Component
class WebhookFanOut implements IntegrationEventSubscriber {

    private static final String REFUSED = "Not sent: the partner may not receive this event now"
            + " (no data sharing agreement in force for it)";

    private final EndpointStore endpoints;
    private final DeliveryOutbox outbox;
    private final ObjectProvider<PartnerGate> partnerGate;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookFanOut(EndpointStore endpoints, DeliveryOutbox outbox, ObjectProvider<PartnerGate> partnerGate,
            WebhookProperties properties, Clock clock) {
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.partnerGate = partnerGate;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void recorded(IntegrationEvent event) {
        String body = null;
        Instant now = clock.instant();
        for (WebhookEndpointDetails endpoint : endpoints.enabled()) {
            if (!wants(endpoint, event)) {
                continue;
            }
            body = body == null ? event.toCloudEventJson(properties.source()) : body;
            outbox.add(endpoint.id(), event.id(), event.type(), event.subject(), body, now,
                    mayReceive(endpoint, event) ? null : REFUSED);
        }
    }

    private static boolean wants(WebhookEndpointDetails endpoint, IntegrationEvent event) {
        boolean audience = event.audience() == null
                || event.partnerId() != null && event.partnerId().equals(endpoint.partnerId());
        boolean service = endpoint.serviceCodes().isEmpty() || endpoint.serviceCodes().contains(event.serviceCode());
        return audience && service && endpoint.eventTypes().contains(event.type());
    }

    private boolean mayReceive(WebhookEndpointDetails endpoint, IntegrationEvent event) {
        if (endpoint.partnerId() == null) {
            return true;
        }
        PartnerGate gate = partnerGate.getIfAvailable();
        return gate == null || gate.mayReceive(endpoint.partnerId(), event);
    }
}

package org.porth.integration.webhooks;

import java.time.Instant;

import org.porth.identity.SystemTask;
import org.porth.integration.WebhookEndpointDetails;
import org.porth.notify.OwnerEmails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an endpoint off, by an administrator or because it answered {@code 410 Gone}: what waited for it is
 * marked DISABLED, the change audited, and its owner emailed (through notify's outbox, in the same
 * transaction).
 */
@Component
public class EndpointSwitch {

    private final EndpointStore endpoints;
    private final DeliveryOutbox outbox;
    private final EndpointAudit audit;
    private final OwnerEmails ownerEmails;
    private final WebhookProperties properties;
    private final TransactionTemplate transactions;

    EndpointSwitch(EndpointStore endpoints, DeliveryOutbox outbox, EndpointAudit audit, OwnerEmails ownerEmails,
            WebhookProperties properties, PlatformTransactionManager transactionManager) {
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.audit = audit;
        this.ownerEmails = ownerEmails;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Whether it was on (and is off now). Joins the caller's transaction, or makes one. */
    public boolean turnOff(String endpointId, String staffId, String reason, Instant now) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            WebhookEndpointDetails endpoint = endpoints.find(endpointId).orElse(null);
            if (endpoint == null || !endpoints.switchTo(endpointId, false, reason)) {
                return false;
            }
            outbox.endpointDisabled(endpointId, "The endpoint was turned off: " + reason);
            audit.record(endpointId, staffId, "DISABLED", reason, now);
            SystemTask.NOTIFY.run(() -> {
                ownerEmails.webhookDisabled("WEBHOOK_DISABLED:" + endpointId + ":" + now, endpoint.ownerEmail(),
                        endpoint.name(), endpoint.url(), reason, properties.endpointLink(endpointId));
                return null;
            });
            return true;
        }));
    }

    void goneAway(String endpointId, Instant now) {
        turnOff(endpointId, EndpointAudit.PORTH, "The receiver answered 410 Gone: it wants no more deliveries", now);
    }
}

package org.porth.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.porth.identity.CurrentUser;
import org.porth.integration.webhooks.AddressGuard;
import org.porth.integration.webhooks.DeliveryOutbox;
import org.porth.integration.webhooks.EndpointAudit;
import org.porth.integration.webhooks.EndpointStore;
import org.porth.integration.webhooks.EndpointSwitch;
import org.porth.shared.ActionRefused;
import org.porth.shared.StandardWebhooks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators register the systems that receive integration events by webhook, turn them on and off,
 * rotate their secrets and send a delivery again; every change goes in the endpoint's audit log
 * (docs/decisions/0037-webhooks.md). Referrals lists a partner's endpoints.
 */
@Service
public class WebhookEndpoints {

    public static final String NAME_FIELD = "webhook-name";
    public static final String URL_FIELD = "webhook-url";
    public static final String OWNER_FIELD = "webhook-owner";
    public static final String TYPES_FIELD = "webhook-types";
    public static final String SERVICES_FIELD = "webhook-services";
    public static final String PARTNER_FIELD = "webhook-partner";
    /** The most deliveries an endpoint's log shows: the newest. */
    public static final int LOG_LENGTH = 100;
    private static final String ADMIN = "hasRole('ADMIN')";

    private final EndpointStore store;
    private final EndpointAudit audit;
    private final DeliveryOutbox deliveries;
    private final EndpointSwitch endpointSwitch;
    private final AddressGuard guard;
    private final CurrentUser currentUser;
    private final Clock clock;

    WebhookEndpoints(EndpointStore store, EndpointAudit audit, DeliveryOutbox deliveries, EndpointSwitch endpointSwitch,
            AddressGuard guard, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.deliveries = deliveries;
        this.endpointSwitch = endpointSwitch;
        this.guard = guard;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every integration event type an endpoint may ask for, in the catalogue's order. */
    @PreAuthorize(ADMIN)
    public List<String> eventTypes() {
        return IntegrationEventTypes.ALL;
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public List<WebhookEndpointDetails> all() {
        return store.all();
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public Optional<WebhookEndpointDetails> endpoint(String id) {
        return store.find(id);
    }

    /** A partner organisation's endpoints, for referrals to show and choose. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<WebhookEndpointSummary> forPartner(String partnerId) {
        return store.ofPartner(partnerId).stream()
                .map(endpoint -> new WebhookEndpointSummary(endpoint.id(), endpoint.url(), endpoint.enabled())).toList();
    }

    /** Registers it, on; refused with {@link ActionRefused} naming the field at fault. Its secret, once. */
    @PreAuthorize(ADMIN)
    @Transactional
    public IssuedWebhookSecret register(NewWebhookEndpoint typed) {
        String name = required(typed.name(), NAME_FIELD, "webhooks.name", 100);
        if (store.nameTaken(name)) {
            throw new ActionRefused(NAME_FIELD, "webhooks.name.taken");
        }
        String url = required(typed.url(), URL_FIELD, "webhooks.url", 500);
        guard.refusal(url).ifPresent(key -> {
            throw new ActionRefused(URL_FIELD, key);
        });
        String owner = required(typed.ownerEmail(), OWNER_FIELD, "webhooks.owner", 200);
        if (!owner.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ActionRefused(OWNER_FIELD, "webhooks.owner.wrong");
        }
        if (typed.eventTypes() == null || typed.eventTypes().isEmpty() || !IntegrationEventTypes.ALL.containsAll(typed.eventTypes())) {
            throw new ActionRefused(TYPES_FIELD, "webhooks.types.missing");
        }
        List<String> services = serviceCodes(typed.serviceCodes());
        String partner = typed.partnerId() == null || typed.partnerId().isBlank() ? null : typed.partnerId().strip();
        if (partner != null && !partner.matches("[A-Za-z0-9._:-]{1,100}")) {
            throw new ActionRefused(PARTNER_FIELD, "webhooks.partner.wrong");
        }
        Instant now = clock.instant();
        var endpoint = new WebhookEndpointDetails(UUID.randomUUID().toString(), name, url, owner,
                typed.eventTypes().stream().sorted().toList(), services, partner, true, null, now);
        String secret = StandardWebhooks.newSecret();
        store.insert(endpoint, secret);
        audit.record(endpoint.id(), staffId(), "REGISTERED", "name: " + name + "; URL: " + url + "; owner: " + owner
                + "; events: " + String.join(" ", endpoint.eventTypes()) + "; services: "
                + (services.isEmpty() ? "all" : String.join(" ", services))
                + (partner == null ? "" : "; partner: " + partner), now);
        return new IssuedWebhookSecret(endpoint.id(), secret);
    }

    /** A new secret, in use from the next delivery: the old one stops working at once. */
    @PreAuthorize(ADMIN)
    @Transactional
    public IssuedWebhookSecret rotateSecret(String id) {
        existing(id);
        String secret = StandardWebhooks.newSecret();
        store.newSecret(id, secret);
        audit.record(id, staffId(), "SECRET_ROTATED", null, clock.instant());
        return new IssuedWebhookSecret(id, secret);
    }

    /** On again: new events go to it; what was not sent while it was off may be sent again from its log. */
    @PreAuthorize(ADMIN)
    @Transactional
    public void turnOn(String id) {
        existing(id);
        if (store.switchTo(id, true, null)) {
            audit.record(id, staffId(), "ENABLED", null, clock.instant());
        }
    }

    /** Off: nothing more is sent to it, and its owner is emailed. */
    @PreAuthorize(ADMIN)
    @Transactional
    public void turnOff(String id) {
        existing(id);
        endpointSwitch.turnOff(id, staffId(), "Turned off by an administrator", clock.instant());
    }

    /** The endpoint's deliveries, newest first ({@link #LOG_LENGTH} at most). */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public List<WebhookDeliveryEntry> deliveries(String id) {
        return deliveries.of(id, LOG_LENGTH);
    }

    /** Sends it again, with all its tries, from now; whether it could be (see {@link WebhookDeliveryEntry#mayBeSentAgain()}). */
    @PreAuthorize(ADMIN)
    @Transactional
    public boolean sendAgain(String id, UUID deliveryId) {
        Instant now = clock.instant();
        boolean again = deliveries.sendAgain(id, deliveryId, now);
        if (again) {
            audit.record(id, staffId(), "SENT_AGAIN", "delivery " + deliveryId, now);
        }
        return again;
    }

    /** The endpoint's changes, newest first. */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public List<WebhookAuditEntry> auditLog(String id) {
        return audit.of(id);
    }

    private void existing(String id) {
        store.find(id).orElseThrow(() -> new ActionRefused(null, "webhooks.not-found"));
    }

    private static String required(String value, String field, String keyPrefix, int longest) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new ActionRefused(field, keyPrefix + ".missing");
        }
        if (text.length() > longest) {
            throw new ActionRefused(field, keyPrefix + ".too-long");
        }
        return text;
    }

    private static List<String> serviceCodes(String typed) {
        List<String> codes = typed == null ? List.of() : Arrays.stream(typed.split("[\\s,]+"))
                .filter(code -> !code.isEmpty()).distinct().sorted().toList();
        if (codes.size() > 50 || !codes.stream().allMatch(code -> code.matches("[A-Za-z0-9_.-]{1,60}"))) {
            throw new ActionRefused(SERVICES_FIELD, "webhooks.services.wrong");
        }
        return codes;
    }

    private String staffId() {
        return currentUser.get().orElseThrow().id();
    }
}

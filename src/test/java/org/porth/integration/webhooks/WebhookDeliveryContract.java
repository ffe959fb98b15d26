package org.porth.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.standardwebhooks.Webhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.porth.integration.IntegrationEvent;
import org.porth.integration.IntegrationEventTypes;
import org.porth.integration.IntegrationEvents;
import org.porth.integration.IssuedWebhookSecret;
import org.porth.integration.NewWebhookEndpoint;
import org.porth.integration.PartnerGate;
import org.porth.integration.WebhookDeliveryEntry;
import org.porth.integration.WebhookEndpoints;
import org.porth.shared.ActionRefused;
import org.porth.shared.StandardWebhooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Webhooks as a receiver sees them, from a real HTTP server on this machine: an event goes once to each
 * endpoint that wants it, signed so that the Standard Webhooks reference library accepts it; a partner's
 * endpoint only gets what the partner may receive (else a refused delivery staff can see); failures come
 * back after a back-off or when Retry-After says; 410 Gone turns the endpoint off and emails its owner;
 * a receiver that stalls times out; a redirect is not followed; a URL into the council's network is
 * refused at registration and at delivery; a slow receiver holds only its own deliveries. Every test uses endpoints of its own: other tests' deliveries
 * in the shared database go too.
 */
@Import(WebhookDeliveryContract.Gate.class)
@SpringBootTest(properties = {"porth.webhooks.timeout=3s", "porth.webhooks.worker-interval=1h", "porth.webhooks.batch=10",
        "porth.webhooks.per-endpoint=2"})
abstract class WebhookDeliveryContract {

    /** A partner whose data sharing agreement has ended: the gate refuses everything for it. */
    static final String ENDED = "ended-partner";

    @TestConfiguration
    static class Gate {
        @Bean
        @Primary
        PartnerGate endedAgreements() {
            return (partnerId, event) -> !ENDED.equals(partnerId);
        }
    }

    @Autowired
    WebhookEndpoints endpoints;
    @Autowired
    WebhookWorker worker;
    @Autowired
    EndpointStore store;
    @Autowired
    IntegrationEvents events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    final LocalReceiver receiver = new LocalReceiver();
    final String service = "svc-" + UUID.randomUUID().toString().substring(0, 8);

    WebhookDeliveryContract() throws Exception {
    }

    @BeforeEach
    void signInAsAdministrator() {
        SecurityContextHolder.getContext().setAuthentication(
                People.signedIn("Alex Morgan", "alex.morgan@porth.example.gov.uk", Role.ADMIN));
    }

    @AfterEach
    void stop() {
        SecurityContextHolder.clearContext();
        receiver.close();
    }

    @Test
    void anEventGoesOnceToEachEndpointThatWantsItSignedAsStandardWebhooksSays() throws Exception {
        IssuedWebhookSecret wanting = register("/wanting", IntegrationEventTypes.CASE_OPENED, service, null);
        register("/other-type", IntegrationEventTypes.CASE_CLOSED, "", null);
        register("/other-service", IntegrationEventTypes.CASE_OPENED, "not-" + service, null);

        IntegrationEvent event = publish(IntegrationEventTypes.CASE_OPENED, null);
        worker.runOnce();

        assertThat(receiver.at("/wanting")).hasSize(1);
        var received = receiver.at("/wanting").getFirst();
        new Webhook(wanting.secret()).verify(received.body(), received.headers());
        assertThat(received.headers().firstValue("webhook-id")).isPresent();
        assertThat(received.body()).contains("\"specversion\":\"1.0\"", "\"id\":\"" + event.id() + "\"",
                "\"type\":\"" + IntegrationEventTypes.CASE_OPENED + "\"", "\"subject\":\"" + event.subject() + "\"");
        assertThat(receiver.at("/other-type")).isEmpty();
        assertThat(receiver.at("/other-service")).isEmpty();
        assertThat(log(wanting)).extracting(WebhookDeliveryEntry::status).containsExactly("SENT");
    }

    @Test
    void aPartnersEndpointGetsOnlyWhatThePartnerMayReceiveAndARefusalIsShown() {
        IssuedWebhookSecret council = register("/council", IntegrationEventTypes.CASE_OPENED, "", null);
        IssuedWebhookSecret homes = register("/homes", IntegrationEventTypes.CASE_OPENED, "", "porth-homes");
        IssuedWebhookSecret ended = register("/ended", IntegrationEventTypes.CASE_OPENED, "", ENDED);

        publish(IntegrationEventTypes.CASE_OPENED, null);
        publish(IntegrationEventTypes.CASE_OPENED, IntegrationEvent.partnerAudience("porth-homes"));
        worker.runOnce();

        assertThat(receiver.at("/council")).as("not the partner's event").hasSize(1);
        assertThat(receiver.at("/homes")).hasSize(2);
        assertThat(receiver.at("/ended")).isEmpty();
        assertThat(log(ended)).singleElement().satisfies(refused -> {
            assertThat(refused.status()).isEqualTo("REFUSED");
            assertThat(refused.lastError()).contains("may not receive");
            assertThat(refused.mayBeSentAgain()).isFalse();
        });
        assertThat(log(council)).hasSize(1);
        assertThat(log(homes)).hasSize(2);
    }

    @Test
    void aFailureIsTriedAgainAfterABackOffAndThenDeliveredUnderTheSameId() {
        IssuedWebhookSecret endpoint = register("/failing", IntegrationEventTypes.CASE_OPENED, "", null);
        receiver.answers("/failing", 500);
        publish(IntegrationEventTypes.CASE_OPENED, null);
        Instant before = Instant.now();

        worker.runOnce();

        WebhookDeliveryEntry failing = log(endpoint).getFirst();
        assertThat(failing.status()).isEqualTo("PENDING");
        assertThat(failing.lastError()).isEqualTo("HTTP 500");
        assertThat(failing.nextAttemptAt()).isBetween(before.plusSeconds(14), Instant.now().plusSeconds(31));

        dueNow(failing.id());
        receiver.answers("/failing", 204);
        worker.runOnce();

        assertThat(log(endpoint).getFirst()).satisfies(sent -> {
            assertThat(sent.status()).isEqualTo("SENT");
            assertThat(sent.attempts()).isEqualTo(2);
        });
        assertThat(receiver.at("/failing")).extracting(got -> got.headers().firstValue("webhook-id").orElseThrow())
                .containsOnly(failing.id().toString()).hasSize(2);
    }

    @Test
    void retryAfterIsHonoured() {
        IssuedWebhookSecret endpoint = register("/busy", IntegrationEventTypes.CASE_OPENED, "", null);
        receiver.answers("/busy", 429, "Retry-After", "600", Duration.ZERO);
        publish(IntegrationEventTypes.CASE_OPENED, null);
        Instant before = Instant.now();

        worker.runOnce();

        assertThat(log(endpoint).getFirst().nextAttemptAt())
                .isBetween(before.plusSeconds(599), Instant.now().plusSeconds(601));
    }

    @Test
    void goneTurnsTheEndpointOffEmailsItsOwnerAndSendsItNothingMore() {
        IssuedWebhookSecret endpoint = register("/gone", IntegrationEventTypes.CASE_OPENED, "", null);
        receiver.answers("/gone", 410);
        publish(IntegrationEventTypes.CASE_OPENED, null);

        worker.runOnce();
        publish(IntegrationEventTypes.CASE_OPENED, null);
        worker.runOnce();

        var details = endpoints.endpoint(endpoint.endpointId()).orElseThrow();
        assertThat(details.enabled()).isFalse();
        assertThat(details.disabledReason()).contains("410 Gone");
        assertThat(receiver.at("/gone")).hasSize(1);
        assertThat(log(endpoint)).singleElement().satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo("DISABLED");
            assertThat(delivery.mayBeSentAgain()).isTrue();
        });
        assertThat(endpoints.auditLog(endpoint.endpointId())).first()
                .satisfies(change -> assertThat(change.action()).isEqualTo("DISABLED"));
        assertThat(jdbc.queryForObject("select subject from notification where address = ?", String.class,
                owner(endpoint))).contains("was turned off", "ddiffodd");
    }

    @Test
    void aReceiverThatStallsTimesOutAndIsTriedAgain() {
        IssuedWebhookSecret endpoint = register("/stalling", IntegrationEventTypes.CASE_OPENED, "", null);
        receiver.answers("/stalling", 200, null, null, Duration.ofSeconds(5));
        publish(IntegrationEventTypes.CASE_OPENED, null);

        worker.runOnce();

        assertThat(log(endpoint).getFirst()).satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo("PENDING");
            assertThat(delivery.lastError()).isEqualTo("No answer within 3 s");
        });
    }

    @Test
    void aRedirectIsNotFollowed() {
        IssuedWebhookSecret endpoint = register("/moved", IntegrationEventTypes.CASE_OPENED, "", null);
        String elsewhere = receiver.answers("/elsewhere", 200);
        receiver.answers("/moved", 302, "Location", elsewhere, Duration.ZERO);
        publish(IntegrationEventTypes.CASE_OPENED, null);

        worker.runOnce();

        assertThat(receiver.at("/elsewhere")).isEmpty();
        assertThat(log(endpoint).getFirst().lastError()).isEqualTo("HTTP 302");
    }

    @Test
    void anAdministratorSendsADeliveryAgain() {
        IssuedWebhookSecret endpoint = register("/again", IntegrationEventTypes.CASE_OPENED, "", null);
        publish(IntegrationEventTypes.CASE_OPENED, null);
        worker.runOnce();
        UUID delivery = log(endpoint).getFirst().id();

        assertThat(endpoints.sendAgain(endpoint.endpointId(), delivery)).isTrue();
        worker.runOnce();

        assertThat(receiver.at("/again")).hasSize(2);
        assertThat(endpoints.auditLog(endpoint.endpointId())).first()
                .satisfies(change -> assertThat(change.action()).isEqualTo("SENT_AGAIN"));
    }

    @Test
    void anAddressIntoTheCouncilsNetworkIsRefusedAtRegistrationAndAtDelivery() {
        assertThatThrownBy(() -> endpoints.register(new NewWebhookEndpoint("Internal " + service, "https://10.0.0.8/hook",
                "owner@example.org", Set.of(IntegrationEventTypes.CASE_OPENED), "", "")))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo(WebhookEndpoints.URL_FIELD);
                    assertThat(refused.messageKey()).isEqualTo("webhooks.url.private");
                });
        // as if the name had resolved to a public address when it was registered, and no longer does
        String url = receiver.answers("/rebound", 200).replace("http://127.0.0.1", "https://127.0.0.2");
        var rebound = new org.porth.integration.WebhookEndpointDetails(UUID.randomUUID().toString(),
                "Rebound " + service, url, "owner@example.org", List.of(IntegrationEventTypes.CASE_OPENED), List.of(),
                null, true, null, Instant.now());
        transactions.executeWithoutResult(status -> store.insert(rebound, StandardWebhooks.newSecret()));
        publish(IntegrationEventTypes.CASE_OPENED, null);

        worker.runOnce();

        assertThat(endpoints.deliveries(rebound.id())).singleElement().satisfies(refused -> {
            assertThat(refused.status()).isEqualTo("REFUSED");
            assertThat(refused.lastError()).contains("private, local or reserved network address");
        });
    }

    @Test
    void twoWorkersAtOnceDeliverEachEventOnce() throws Exception {
        IssuedWebhookSecret endpoint = register("/busy-day", IntegrationEventTypes.CASE_OPENED, "", null);
        for (int event = 0; event < 40; event++) {
            publish(IntegrationEventTypes.CASE_OPENED, null);
        }

        try (var workers = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = workers.submit(worker::runOnce);
            var second = workers.submit(worker::runOnce);
            assertThat(first.get() + second.get()).isGreaterThanOrEqualTo(40);
        }

        assertThat(receiver.at("/busy-day")).hasSize(40)
                .extracting(got -> got.headers().firstValue("webhook-id").orElseThrow()).doesNotHaveDuplicates();
        assertThat(log(endpoint)).extracting(WebhookDeliveryEntry::status).containsOnly("SENT").hasSize(40);
    }

    @Test
    void aSlowEndpointHoldsOnlyItsOwnPlacesAndAFastOnesDeliveriesGoPastIt() {
        IssuedWebhookSecret slow = register("/slow", IntegrationEventTypes.CASE_OPENED, service, null);
        receiver.answers("/slow", 200, null, null, Duration.ofMillis(1500));
        IssuedWebhookSecret fast = register("/fast", IntegrationEventTypes.CASE_CLOSED, service, null);
        for (int event = 0; event < 8; event++) {
            publish(IntegrationEventTypes.CASE_OPENED, null);
        }
        for (int event = 0; event < 3; event++) {
            publish(IntegrationEventTypes.CASE_CLOSED, null);
        }

        worker.runOnce();

        assertThat(log(slow)).extracting(WebhookDeliveryEntry::status).containsOnly("SENT").hasSize(8);
        assertThat(log(fast)).extracting(WebhookDeliveryEntry::status).containsOnly("SENT").hasSize(3);
        assertThat(receiver.mostAtOnce("/slow")).as("places the slow endpoint held").isEqualTo(2);
        Instant thirdSlowArrived = receiver.at("/slow").stream().map(LocalReceiver.Received::at).sorted().toList().get(2);
        assertThat(receiver.at("/fast")).as("the fast endpoint's deliveries did not wait for the slow one's")
                .allSatisfy(got -> assertThat(got.at()).isBefore(thirdSlowArrived));
    }

    IssuedWebhookSecret register(String path, String type, String services, String partner) {
        return endpoints.register(new NewWebhookEndpoint(path + " " + service, receiver.answers(path, 200),
                path.substring(1) + "." + service + "@example.org", Set.of(type), services, partner));
    }

    IntegrationEvent publish(String type, String audience) {
        IntegrationEvent event = new IntegrationEvent(UUID.randomUUID(), type, "PTH-" + UUID.randomUUID().toString()
                .substring(0, 6), service, Instant.now(), audience, Map.of("status", "open"));
        transactions.executeWithoutResult(status -> events.publish(event));
        return event;
    }

    List<WebhookDeliveryEntry> log(IssuedWebhookSecret endpoint) {
        return endpoints.deliveries(endpoint.endpointId());
    }

    void dueNow(UUID delivery) {
        jdbc.update("update webhook_delivery set next_attempt_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), delivery);
    }

    private String owner(IssuedWebhookSecret endpoint) {
        return endpoints.endpoint(endpoint.endpointId()).orElseThrow().ownerEmail();
    }
}

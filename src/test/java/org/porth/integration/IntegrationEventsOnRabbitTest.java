package org.porth.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.porth.database.OnOwnPostgresSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Integration events on the real RabbitMQ, recorded on PostgreSQL: every event arrives as a
 * CloudEvent, persistent, in order for each case, and is marked confirmed only once the broker
 * confirmed it; one that no queue takes is returned, not confirmed, shown to administrators, and
 * holds its case's later events back until it goes.
 */
@SpringBootTest(properties = "porth.events.rabbitmq.enabled=true")
@OnOwnPostgresSchema
class IntegrationEventsOnRabbitTest {

    private static TestBroker broker;

    @Autowired
    private IntegrationEvents events;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventPublications publications;

    @DynamicPropertySource
    static void toTheTestExchange(DynamicPropertyRegistry registry) throws Exception {
        broker = new TestBroker("org.porth.#", "partner.known-partner.#");
        registry.add("porth.events.rabbitmq.exchange", () -> broker.exchange);
    }

    @AfterAll
    static void closeBroker() throws Exception {
        broker.close();
    }

    @Test
    void everyEventArrivesConfirmedInOrderForEachCase() throws Exception {
        RecordedEvents written = new RecordedEvents(events, transactions);
        Map<String, List<String>> expected = written.write("ORDER-" + UUID.randomUUID(), 20, 10, 5);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(broker.idsBySubject()).containsAllEntriesOf(expected));
        assertThat(broker.received()).filteredOn(message -> expected.containsKey(message.subject()))
                .allSatisfy(message -> {
                    assertThat(message.contentType()).isEqualTo("application/cloudevents+json");
                    assertThat(message.routingKey()).isEqualTo(IntegrationEventTypes.CASE_STATUS_CHANGED + ".test-service");
                });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from integration_event where relay_status = 'CONFIRMED' and subject like 'ORDER-%'",
                Integer.class)).isEqualTo(written.total()));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anEventNoQueueTakesIsNotConfirmedAndHoldsItsCaseBack() {
        String subject = "UNROUTED-" + UUID.randomUUID();
        IntegrationEvent nobodysEvent = new IntegrationEvent(UUID.randomUUID(), IntegrationEventTypes.REFERRAL_MADE,
                subject, null, Instant.now(), IntegrationEvent.partnerAudience("unknown-partner"), Map.of("reference", subject));
        IntegrationEvent later = IntegrationEvent.of(IntegrationEventTypes.CASE_CLOSED, subject, "test-service",
                Instant.now(), Map.of("reference", subject));
        transactions.executeWithoutResult(status -> events.publish(nobodysEvent));
        transactions.executeWithoutResult(status -> events.publish(later));

        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(publications.failures(50))
                .anySatisfy(failure -> {
                    assertThat(failure.id()).isEqualTo(nobodysEvent.id());
                    assertThat(failure.lastError()).startsWith("Returned unroutable");
                }));
        assertThat(broker.received()).noneMatch(message -> message.subject().equals(subject));
        assertThat(jdbc.queryForObject("select relay_status from integration_event where id = ?", String.class,
                later.id())).isEqualTo("PENDING");
        assertThat(publications.backlog().waiting()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anEventForOnePartnerGoesWithThePartnersRoutingKey() {
        String subject = "PARTNER-" + UUID.randomUUID();
        IntegrationEvent referral = new IntegrationEvent(UUID.randomUUID(), IntegrationEventTypes.REFERRAL_MADE,
                subject, "test-service", Instant.now(), IntegrationEvent.partnerAudience("known-partner"),
                Map.of("reference", subject));
        transactions.executeWithoutResult(status -> events.publish(referral));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(broker.received())
                .filteredOn(message -> message.subject().equals(subject)).singleElement()
                .extracting(TestBroker.Received::routingKey)
                .isEqualTo("partner.known-partner." + IntegrationEventTypes.REFERRAL_MADE));
    }
}

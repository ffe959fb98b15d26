package org.porth.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.porth.PortalApplication;
import org.porth.database.DatabaseProxy;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.database.PostgresTestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fault test: Porth publishes to RabbitMQ through a TCP proxy the test controls; the connection
 * is cut mid-stream and mended, then Porth is stopped mid-publish and started again. Every event
 * arrives at least once, in order for each case, and a consumer that drops ids it has seen keeps
 * each exactly once.
 */
@OnOwnPostgresSchema
class IntegrationEventsSurviveFaultsTest {

    private static final int CASES = 30;
    private static final int STEPS = 20;

    @Test
    void everyEventArrivesAtLeastOnceInOrderThroughACutAndARestart() throws Exception {
        try (TestBroker broker = new TestBroker("org.porth.#");
                DatabaseProxy proxy = DatabaseProxy.to(TestBroker.HOST, TestBroker.PORT)) {
            ConfigurableApplicationContext node = start(broker, proxy);
            RecordedEvents written = new RecordedEvents(node.getBean(IntegrationEvents.class),
                    node.getBean(TransactionTemplate.class));
            JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
            Map<String, List<String>> expected;
            try (var writers = java.util.concurrent.Executors.newSingleThreadExecutor()) {
                var writing = writers.submit(() -> written.write("FAULT-" + UUID.randomUUID(), CASES, STEPS, 5));
                await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).until(() -> broker.received().size() >= 100);
                proxy.sever();
                await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                        "select count(*) from integration_event where last_error is not null", Integer.class) > 0);
                proxy.restore();
                expected = writing.get();
            }
            await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).until(() -> broker.deduplicated().size() >= CASES * STEPS / 2);
            assertThat(unconfirmed(jdbc)).as("events still to publish when Porth stops").isPositive();
            node.close();

            ConfigurableApplicationContext restarted = start(broker, proxy);
            try {
                await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                        assertThat(broker.idsBySubject()).isEqualTo(expected));
                assertThat(broker.deduplicated()).hasSize(CASES * STEPS);
                assertThat(broker.received().size()).isGreaterThanOrEqualTo(CASES * STEPS);
                await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(30)).until(() -> unconfirmed(restarted.getBean(JdbcTemplate.class)) == 0);
            } finally {
                restarted.close();
            }
        }
    }

    private static int unconfirmed(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from integration_event where relay_status <> 'CONFIRMED'",
                Integer.class);
    }

    private static ConfigurableApplicationContext start(TestBroker broker, DatabaseProxy proxy) {
        Map<String, Object> properties = new HashMap<>(PostgresTestDatabase.schemaProperties(
                PostgresTestDatabase.schemaFor(IntegrationEventsSurviveFaultsTest.class)));
        properties.put("server.port", "0");
        properties.put("management.server.port", "0"); // not 8081: the restarted node must not find it taken
        properties.put("porth.events.rabbitmq.enabled", "true");
        properties.put("porth.events.rabbitmq.exchange", broker.exchange);
        properties.put("porth.events.relay.batch-size", "10");
        properties.put("porth.events.relay.confirm-timeout", "3s");
        properties.put("spring.rabbitmq.host", TestBroker.HOST);
        properties.put("spring.rabbitmq.port", String.valueOf(proxy.port()));
        // as arguments: they outrank the tests' application.properties (its in-memory database)
        return new SpringApplicationBuilder(PortalApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }
}

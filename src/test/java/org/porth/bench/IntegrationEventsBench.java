package org.porth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.integration.IntegrationEvent;
import org.porth.integration.IntegrationEventTypes;
import org.porth.integration.IntegrationEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The integration events benchmark: 50 writers on PostgreSQL each record events (a transaction
 * each, as a change to a case does) while the relay publishes them to the real RabbitMQ with
 * publisher confirms; reports events confirmed a second and the time from each event's commit to
 * its being marked confirmed (median, p99). Not part of the test suite:
 * {@code ./mvnw -Pbench test -Dtest=IntegrationEventsBench}; the numbers go in docs/performance.md.
 */
@SpringBootTest(properties = "porth.events.rabbitmq.enabled=true")
@OnOwnPostgresSchema
class IntegrationEventsBench {

    private static final int WRITERS = 50;
    private static final int EVENTS = Integer.getInteger("porth.bench.events", 20_000);
    private static final int WARM_UP = 1_000;
    private static final Path REPORT = Path.of("target", "bench", "integration-events.md");
    private static final String EXCHANGE = "porth.events.bench-" + UUID.randomUUID();

    private static Connection consumer;

    @Autowired
    private IntegrationEvents events;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void toAnExchangeOfItsOwn(DynamicPropertyRegistry registry) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        consumer = factory.newConnection("porth-bench");
        Channel channel = consumer.createChannel();
        channel.exchangeDeclare(EXCHANGE, BuiltinExchangeType.TOPIC, true);
        String queue = channel.queueDeclare("", false, true, true, null).getQueue();
        channel.queueBind(queue, EXCHANGE, "#");
        channel.basicConsume(queue, true, (tag, delivery) -> { }, tag -> { });
        registry.add("porth.events.rabbitmq.exchange", () -> EXCHANGE);
    }

    @AfterAll
    static void deleteExchange() throws Exception {
        consumer.createChannel().exchangeDelete(EXCHANGE);
        consumer.close();
    }

    @Test
    void eventsConfirmedASecondFromCommitToBroker() throws Exception {
        List<String> report = new ArrayList<>();
        report.add("%,d events, %d writers, %d processors, JDK %s; load average before: %s".formatted(EVENTS, WRITERS,
                Runtime.getRuntime().availableProcessors(), Runtime.version(), loadAverage()));
        run("warm-up", WARM_UP, new Timings());

        Timings timings = new Timings();
        long cpuBefore = processCpuNanos();
        double seconds = run("run", EVENTS, timings);
        double cpuMillisPerEvent = (processCpuNanos() - cpuBefore) / 1e6 / EVENTS;

        Timings.Summary latency = timings.summary("commit to confirmed");
        report.add("");
        report.add("%,d events confirmed in %.1f s: **%,.0f events/s**; load average after: %s".formatted(EVENTS, seconds,
                EVENTS / seconds, loadAverage()));
        report.add("CPU of this JVM (50 writers and the relay; not PostgreSQL's or RabbitMQ's): %.3f ms an event"
                .formatted(cpuMillisPerEvent));
        report.add("");
        report.add("| from commit to confirmed | events | median ms | p99 ms | max ms |");
        report.add("|---|---|---|---|---|");
        report.add(latency.row());
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        report.forEach(System.out::println);
    }

    /** Writes {@code count} events from the writers and waits until all are confirmed; the seconds it took. */
    private double run(String prefix, int count, Timings timings) throws Exception {
        Map<UUID, Instant> committed = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = writer; i < count; i += WRITERS) {
                        String subject = prefix + "-" + writer + "-" + (i % 20);
                        IntegrationEvent event = IntegrationEvent.of(IntegrationEventTypes.CASE_STATUS_CHANGED, subject,
                                "bench-service", Instant.now(), Map.of("reference", subject, "status", "IN_PROGRESS"));
                        transactions.executeWithoutResult(status -> events.publish(event));
                        committed.put(event.id(), Instant.now());
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        }
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select count(*) from integration_event where subject like ? and relay_status <> 'CONFIRMED'",
                Integer.class, prefix + "-%"), left -> left == 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        jdbc.query("select id, confirmed_at from integration_event where subject like ?", row -> {
            Instant confirmed = row.getTimestamp("confirmed_at").toInstant();
            Instant commit = committed.get(row.getObject("id", UUID.class));
            timings.record("commit to confirmed", Math.max(0, Duration.between(commit, confirmed).toNanos()));
        }, prefix + "-%");
        assertThat(committed).hasSize(count);
        return seconds;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() throws Exception {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).strip() : "unknown";
    }
}

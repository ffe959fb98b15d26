package org.porth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

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
 * publisher confirms. Two modes, one after the other in the same JVM: flat out (the writers record
 * {@code porth.bench.events} as fast as they can: the throughput, with a queue behind it) and paced
 * (the writers together offer each rate of {@code porth.bench.rates} for {@code porth.bench.seconds}:
 * the latency below saturation). Each reports events confirmed a second, the time from each event's
 * commit to its being marked confirmed (median, p99, max) and this JVM's CPU per event. Not part of the
 * test suite: {@code ./mvnw -Pbench test -Dtest=IntegrationEventsBench}; the numbers go in
 * docs/performance.md.
 */
@SpringBootTest(properties = "porth.events.rabbitmq.enabled=true")
@OnOwnPostgresSchema
class IntegrationEventsBench {

    private static final int WRITERS = 50;
    private static final int EVENTS = Integer.getInteger("porth.bench.events", 20_000);
    private static final int WARM_UP = 1_000;
    private static final int[] RATES = Arrays.stream(System.getProperty("porth.bench.rates", "1000,2000").split(","))
            .mapToInt(Integer::parseInt).toArray();
    private static final int SECONDS = Integer.getInteger("porth.bench.seconds", 10);
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
        report.add("Integration events to RabbitMQ: %d writers on PostgreSQL, one relay, %d processors, JDK %s"
                .formatted(WRITERS, Runtime.getRuntime().availableProcessors(), Runtime.version()));
        report.add("Load average at the start (1, 5, 15 min): " + loadAverage());
        report.add("");
        report.add("- flat out: the writers record the events as fast as they can; confirmed/s is the throughput, and"
                + " the latency is mostly the queue behind the relay");
        report.add("- paced N/s: the writers together offer N events a second for %d s; the latency below saturation"
                .formatted(SECONDS));
        report.add("- commit to confirmed: from a writer's commit to the relay marking the event CONFIRMED after"
                + " RabbitMQ's publisher confirm");
        report.add("- JVM CPU: this JVM's CPU (writers and relay; not PostgreSQL's or RabbitMQ's) per event, the"
                + " steadier figure on a loaded machine");
        report.add("");
        run("warm-up", WARM_UP, 0);
        List<Result> results = new ArrayList<>();
        results.add(run("flat", EVENTS, 0));
        for (int rate : RATES) {
            results.add(run("paced" + rate, rate * SECONDS, rate));
        }
        report.add("| mode | events | confirmed/s | commit to confirmed: median ms | p99 ms | max ms"
                + " | JVM CPU ms an event | load average after |");
        report.add("|---|---|---|---|---|---|---|---|");
        results.forEach(result -> report.add(result.row()));
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        report.forEach(System.out::println);
    }

    /** One run's figures. */
    private record Result(String mode, int events, double seconds, Timings.Summary latency, double cpuMillisPerEvent,
            String loadAfter) {

        String row() {
            return "| %s | %,d | %,.0f | %,.0f | %,.0f | %,.0f | %.3f | %s |".formatted(mode, events, events / seconds,
                    latency.medianMillis(), latency.p99Millis(), latency.maxMillis(), cpuMillisPerEvent, loadAfter);
        }
    }

    /**
     * Writes {@code count} events from the writers, flat out ({@code rate} 0) or offering {@code rate}
     * a second between them, and waits until all are confirmed.
     */
    private Result run(String prefix, int count, int rate) throws Exception {
        Map<UUID, Instant> committed = new ConcurrentHashMap<>();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = writer; i < count; i += WRITERS) {
                        if (rate > 0) { // the i-th event of the run is offered at i / rate seconds
                            LockSupport.parkNanos(start + i * 1_000_000_000L / rate - System.nanoTime());
                        }
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
        double cpuMillisPerEvent = (processCpuNanos() - cpuBefore) / 1e6 / count;
        Timings timings = new Timings();
        jdbc.query("select id, confirmed_at from integration_event where subject like ?", row -> {
            Instant confirmed = row.getTimestamp("confirmed_at").toInstant();
            Instant commit = committed.get(row.getObject("id", UUID.class));
            timings.record("commit to confirmed", Math.max(0, Duration.between(commit, confirmed).toNanos()));
        }, prefix + "-%");
        assertThat(committed).hasSize(count);
        String mode = rate > 0 ? "paced %,d/s".formatted(rate) : "flat out";
        return new Result(mode, count, seconds, timings.summary("commit to confirmed"), cpuMillisPerEvent,
                loadAverage().split(" ")[0]);
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

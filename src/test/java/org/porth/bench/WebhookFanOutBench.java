package org.porth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.identity.Role;
import org.porth.integration.IntegrationEvent;
import org.porth.integration.IntegrationEventTypes;
import org.porth.integration.IntegrationEvents;
import org.porth.integration.NewWebhookEndpoint;
import org.porth.integration.WebhookEndpoints;
import org.porth.integration.webhooks.LocalReceiver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webhook fan-out benchmark on PostgreSQL: 10 endpoints on a local HTTP server (8 answer at once, one
 * answers after {@code porth.bench.slow-ms}, one always 503), events published by 10 writers through
 * {@link IntegrationEvents}, and the portal's own scheduled worker (one node) delivering them: deliveries
 * a second, and the lag from an event's time to its arrival (p50, p99, max) for the fast endpoints and
 * the slow one. Not part of the suite: {@code ./mvnw -Pbench test -Dtest=WebhookFanOutBench}; the numbers
 * go in docs/performance.md.
 */
@SpringBootTest(properties = {"porth.webhooks.worker-interval=100ms", "porth.webhooks.timeout=5s"})
@OnOwnPostgresSchema
class WebhookFanOutBench {

    private static final int EVENTS = Integer.getInteger("porth.bench.events", 1_000);
    private static final int WRITERS = 10;
    private static final int SLOW_MS = Integer.getInteger("porth.bench.slow-ms", 1_000);
    private static final Path REPORT = Path.of("target", "bench", "webhook-fan-out.md");
    private static final Pattern TIME = Pattern.compile("\"time\":\"([^\"]+)\"");

    @Autowired
    private WebhookEndpoints endpoints;
    @Autowired
    private IntegrationEvents events;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;
    @Value("${porth.webhooks.batch}")
    private int inFlight;
    @Value("${porth.webhooks.per-endpoint}")
    private int perEndpoint;
    private int repeats;

    @Test
    void deliveriesASecondAndTheirLag() throws Exception {
        try (LocalReceiver receiver = new LocalReceiver()) {
            register(receiver);
            List<String> report = new ArrayList<>();
            report.add("%,d events to 10 endpoints (8 fast, 1 answering after %d ms, 1 always 503), %d writers,"
                    .formatted(EVENTS, SLOW_MS, WRITERS) + " %d processors, JDK %s; load average before: %s"
                    .formatted(Runtime.getRuntime().availableProcessors(), Runtime.version(), loadAverage()));
            report.add("one node's worker: at most %d deliveries in flight, at most %d of them to one endpoint"
                    .formatted(inFlight, perEndpoint) + " (porth.webhooks.batch, porth.webhooks.per-endpoint)");
            report.add("lag: from the event's time (just before its writer's commit) to its arrival at the endpoint");
            long start = System.nanoTime();
            publish();
            double published = (System.nanoTime() - start) / 1e9;
            int expected = EVENTS * 9;
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.queryForObject(
                    "select count(*) from webhook_delivery where status = 'SENT'", Integer.class), sent -> sent >= expected);
            double seconds = (System.nanoTime() - start) / 1e9;

            List<Long> fast = new ArrayList<>();
            for (int endpoint = 0; endpoint < 8; endpoint++) {
                fast.addAll(lags(receiver, "/fast-" + endpoint));
            }
            List<Long> slow = lags(receiver, "/slow");
            assertThat(fast).hasSize(EVENTS * 8);
            assertThat(slow).hasSize(EVENTS);
            report.add("");
            report.add("published in %.1f s; %,d deliveries sent in %.1f s: **%,.0f deliveries/s**; %,d tries at the"
                    .formatted(published, expected, seconds, expected / seconds, receiver.at("/failing").size())
                    + " failing endpoint (each retried later); load average after: %s".formatted(loadAverage()));
            report.add("arrived again under the same webhook-id (sent again after a late answer; receivers drop"
                    + " them): %d".formatted(repeats));
            report.add("lag from the event's time to its arrival, fast endpoints: " + percentiles(fast));
            report.add("lag, slow endpoint: " + percentiles(slow));
            Files.createDirectories(REPORT.getParent());
            Files.write(REPORT, report);
            report.forEach(System.out::println);
        }
    }

    private void register(LocalReceiver receiver) {
        SecurityContextHolder.getContext().setAuthentication(
                People.signedIn("Alex Morgan", "alex.morgan@porth.example.gov.uk", Role.ADMIN));
        try {
            for (int endpoint = 0; endpoint < 8; endpoint++) {
                register("fast " + endpoint, receiver.answers("/fast-" + endpoint, 204));
            }
            register("slow", receiver.answers("/slow", 204, null, null, Duration.ofMillis(SLOW_MS)));
            register("failing", receiver.answers("/failing", 503));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void register(String name, String url) {
        endpoints.register(new NewWebhookEndpoint("bench " + name, url, "bench@example.org",
                Set.of(IntegrationEventTypes.CASE_OPENED), "", ""));
    }

    private void publish() throws Exception {
        try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int event = 0; event < EVENTS; event++) {
                String subject = "PTH-BENCH-" + event;
                done.add(writers.submit(() -> transactions.executeWithoutResult(status -> events.publish(
                        new IntegrationEvent(UUID.randomUUID(), IntegrationEventTypes.CASE_OPENED, subject, "potholes",
                                Instant.now(), null, Map.of("status", "open"))))));
            }
            for (var one : done) {
                one.get();
            }
        }
    }

    /**
     * The lag of each delivery's first arrival: a delivery sent again (at least once: its answer was
     * late or lost) arrives under the same {@code webhook-id}, which a receiver drops.
     */
    private List<Long> lags(LocalReceiver receiver, String path) {
        Map<String, Long> first = new HashMap<>();
        List<LocalReceiver.Received> arrivals = receiver.at(path);
        for (LocalReceiver.Received got : arrivals) {
            Matcher time = TIME.matcher(got.body());
            assertThat(time.find()).isTrue();
            first.merge(got.headers().firstValue("webhook-id").orElseThrow(),
                    Duration.between(Instant.parse(time.group(1)), got.at()).toMillis(), Math::min);
        }
        repeats += arrivals.size() - first.size();
        return first.values().stream().sorted().toList();
    }

    private static String percentiles(List<Long> sorted) {
        return "p50 %,d ms, p99 %,d ms, max %,d ms".formatted(sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.getLast());
    }

    private static String loadAverage() throws Exception {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).strip() : "unknown";
    }
}

package org.porth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
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
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.porth.PortalApplication;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.shared.StandardWebhooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Device signals on PostgreSQL (issue 17, section 5): 10,000 bins registered; readings over MQTT
 * (Mosquitto, QoS 1, this run's own topic prefix) with rule evaluation, 1 in 100 over the threshold;
 * then alerts over HTTP (signed, 16 callers), 1 in 5 sent twice, 1 in 20 raised. Counts: readings and
 * alerts a second, cases per device (never more than one per condition), alerts lost (none), and
 * from a reading to its case at p99. Not part of the test suite:
 * {@code ./mvnw -Pbench test -Dtest=SignalIngestBench}; report in target/bench/signals.md.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"porth.devices.signing-secrets.bench=" + SignalIngestBench.SECRET,
            "porth.api.rate-limit-requests=100000000"})
@ActiveProfiles("mqtt")
@OnOwnPostgresSchema
class SignalIngestBench {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final int DEVICES = 10_000;
    private static final int READINGS = 30_000;
    private static final int ALERTS = 10_000;
    private static final int CALLERS = 16;
    private static final int WINDOW = 400;

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void mqtt(DynamicPropertyRegistry properties) {
        properties.add("porth.devices.mqtt.topic-prefix", () -> "porth-bench-" + RUN + "/");
    }

    @Test
    void tenThousandDevices() throws Exception {
        register();
        Map<String, Instant> raisedAt = new ConcurrentHashMap<>();
        double mqttSeconds = mqtt(raisedAt);
        List<Long> readingToCase = jdbc.query("""
                select d.device_id, c.opened_at from device_case c join device d on d.id = c.device_id
                where d.source = 'bench'""", (row, n) -> Duration.between(raisedAt.get(row.getString(1)),
                row.getTimestamp(2).toInstant()).toNanos());
        Timings http = new Timings();
        AtomicInteger distinct = new AtomicInteger();
        double httpSeconds = http(http, distinct);

        int lost = distinct.get() - jdbc.queryForObject("select count(*) from device_alert where source = 'bench' "
                + "and alert_key like 'h-%'", Integer.class);
        int duplicates = jdbc.queryForObject("""
                select count(*) from (select api_client_name from service_case where api_client_id = 'device:bench'
                group by api_client_name having count(*) > 1) twice""", Integer.class);
        List<String> report = new ArrayList<>();
        report.add("| carrier | signals | seconds | a second |");
        report.add("|---|---|---|---|");
        report.add("| MQTT readings (rules, %d lanes) | %,d | %.1f | **%,.0f** |".formatted(4, READINGS, mqttSeconds,
                READINGS / mqttSeconds));
        report.add("| HTTP alerts (signed, %d callers, de-duplicated) | %,d | %.1f | **%,.0f** |".formatted(CALLERS, ALERTS,
                httpSeconds, ALERTS / httpSeconds));
        report.add("");
        report.add("MQTT reading to case (%,d cases): p99 %.0f ms, max %.0f ms".formatted(readingToCase.size(),
                percentile(readingToCase, 0.99), percentile(readingToCase, 1.0)));
        report.add(http.summary("Alert (HTTP call, case opened or added to in it)").row());
        report.add("Alerts lost: %d; devices with more than one case per condition: %d".formatted(lost, duplicates));
        Path file = Path.of("target", "bench", "signals.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
        report.forEach(System.out::println);
        assertThat(lost).isZero();
    }

    private void register() {
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < DEVICES; i++) {
            rows.add(new Object[] {UUID.randomUUID().toString(), "bench", "bin-" + i, "BIN_FILL", 51.6007, -3.8950,
                    "waste", 900L, now});
        }
        jdbc.batchUpdate("""
                insert into device (id, source, device_id, kind, latitude, longitude, caretaker_team_id,
                    expected_interval_s, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Publishes the readings at QoS 1 and waits until every one is stored; the seconds it took. */
    private double mqtt(Map<String, Instant> raisedAt) throws Exception {
        String prefix = "porth-bench-" + RUN + "/porth/bench/";
        Instant start = Instant.now().minus(Duration.ofHours(1));
        try (MqttAsyncClient publisher = new MqttAsyncClient("tcp://127.0.0.1:1883", "bench-" + RUN, new MemoryPersistence())) {
            MqttConnectOptions options = new MqttConnectOptions();
            options.setMaxInflight(60_000);
            publisher.connect(options).waitForCompletion();
            long began = System.nanoTime();
            for (int i = 0; i < READINGS; i++) {
                String device = "bin-" + (i % DEVICES);
                boolean raises = i % 100 == 99;
                if (raises) {
                    raisedAt.putIfAbsent(device, Instant.now());
                }
                String body = """
                        {"observedAt": "%s", "readings": [{"metric": "fill-level", "value": %d, "unit": "%%"}]}"""
                        .formatted(start.plusMillis(i), raises ? 95 : 20 + i % 60);
                MqttMessage message = new MqttMessage(body.getBytes(StandardCharsets.UTF_8));
                message.setQos(1);
                publisher.publish(prefix + device + "/up", message);
                if (i % WINDOW == WINDOW - 1) {
                    awaitStored(i + 1 - WINDOW);
                }
            }
            awaitStored(READINGS);
            double seconds = (System.nanoTime() - began) / 1e9;
            publisher.disconnect().waitForCompletion();
            return seconds;
        }
    }

    /**
     * Waits until this many readings are stored. The publisher keeps at most two windows ahead: Mosquitto
     * queues 1,000 messages for a subscriber by default (max_queued_messages) and drops the rest.
     */
    private void awaitStored(int stored) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (jdbc.queryForObject("select count(*) from device_reading r join device d on d.id = r.device_id "
                + "where d.source = 'bench'", Integer.class) < stored) {
            assertThat(System.nanoTime()).as("readings still arriving after 10 minutes").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private double http(Timings timings, AtomicInteger distinct) throws Exception {
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CALLERS)).build();
        long began = System.nanoTime();
        try (ExecutorService callers = Executors.newFixedThreadPool(CALLERS)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < ALERTS; i++) {
                int n = i;
                sent.add(callers.submit(() -> send(client, n, timings, distinct)));
            }
            for (Future<?> one : sent) {
                one.get();
            }
        }
        return (System.nanoTime() - began) / 1e9;
    }

    private Void send(HttpClient client, int n, Timings timings, AtomicInteger distinct) throws Exception {
        int id = n % 5 == 4 ? n - 1 : n;
        if (id == n) {
            distinct.incrementAndGet();
        }
        String body = """
                {"alertId": "h-%d", "source": "bench", "deviceId": "bin-%d", "kind": "bin-full", "state": "%s",
                 "observedAt": "%s", "reading": {"value": 95, "unit": "%%"}, "threshold": 90}"""
                .formatted(id, (id * 7) % DEVICES, id % 20 == 0 ? "raised" : "cleared", Instant.now().minusSeconds(1));
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sensor-alerts"))
                .header("Content-Type", "application/json").header("webhook-id", "m-" + n)
                .header("webhook-timestamp", timestamp)
                .header("webhook-signature", StandardWebhooks.signature(SECRET, "m-" + n, timestamp,
                        body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        timings.record("Alert (HTTP call, case opened or added to in it)", System.nanoTime() - start);
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return null;
    }

    private static double percentile(List<Long> nanos, double share) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return sorted.get(Math.max((int) Math.ceil(share * sorted.size()), 1) - 1) / 1e6;
    }
}

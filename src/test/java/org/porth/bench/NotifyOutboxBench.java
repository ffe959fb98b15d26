package org.porth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.porth.database.OnOwnPostgresSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The notifications benchmark: 5,000 emails waiting in the outbox on PostgreSQL, released at once,
 * and the portal's own scheduled delivery worker (one node) sending them to an SMTP server in the
 * same JVM (GreenMail), reporting emails delivered a second and the machine's load. Not part of
 * the test suite: {@code ./mvnw -Pbench test -Dtest=NotifyOutboxBench}; the numbers go in
 * docs/performance.md.
 */
@SpringBootTest(properties = "porth.notify.worker-interval=100ms")
@OnOwnPostgresSchema
class NotifyOutboxBench {

    private static final int WARM_UP = 500;
    private static final int EMAILS = Integer.getInteger("porth.bench.emails", 5_000);
    private static final Duration LONGEST = Duration.ofMinutes(5);
    private static final Path REPORT = Path.of("target", "bench", "notify-outbox.md");

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    private JdbcTemplate jdbc;
    @Value("${porth.notify.batch}")
    private int batch;

    @Test
    void emailsDeliveredASecondThroughTheOutbox() throws Exception {
        List<String> report = new ArrayList<>();
        report.add("%,d emails, batches of %d, %d processors, JDK %s; load average before: %s".formatted(EMAILS,
                batch, Runtime.getRuntime().availableProcessors(), Runtime.version(), loadAverage()));
        deliver("warm-up", WARM_UP);
        int before = smtp.getReceivedMessages().length;

        double seconds = deliver("run", EMAILS);

        assertThat(smtp.getReceivedMessages().length - before).as("each delivered once").isEqualTo(EMAILS);
        report.add("");
        report.add("%,d emails in %.1f s: **%,.0f emails/s**; load average after: %s".formatted(EMAILS, seconds,
                EMAILS / seconds, loadAverage()));
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        report.forEach(System.out::println);
    }

    /** Seeds the emails not yet due, makes them due at once, and waits until all are sent; the seconds it took. */
    private double deliver(String batch, int count) {
        Timestamp later = Timestamp.from(Instant.now().plus(Duration.ofDays(1)));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String address = "resident-" + i + "-" + batch + "@example.com";
            rows.add(new Object[] {UUID.randomUUID(), batch + ":" + i, address, "PTH-BENCH-" + i,
                    "We have received your request PTH-BENCH-" + i,
                    "Thank you. We have received your request. Its reference is PTH-BENCH-" + i
                            + ".\n\nYou can follow it at https://portal.example.gov.uk/my-requests/PTH-BENCH-" + i,
                    later, Timestamp.from(Instant.now())});
        }
        jdbc.batchUpdate("""
                insert into notification (id, dedupe_key, kind, channel, address, language, reference, link, subject,
                    body, status, attempts, next_attempt_at, created_at)
                values (?, ?, 'RECEIVED', 'EMAIL', ?, 'en', ?, 'https://portal.example.gov.uk', ?, ?, 'PENDING', 0, ?, ?)""",
                rows);
        long start = System.nanoTime();
        jdbc.update("update notification set next_attempt_at = ? where dedupe_key like ?",
                Timestamp.from(Instant.now()), batch + ":%");
        await().atMost(LONGEST).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where dedupe_key like ? and status <> 'SENT'", Integer.class,
                batch + ":%"), left -> left == 0);
        return (System.nanoTime() - start) / 1e9;
    }

    private static String loadAverage() throws Exception {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).strip() : "unknown";
    }
}

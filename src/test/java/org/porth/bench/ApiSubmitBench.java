package org.porth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.porth.PortalApplication;
import org.porth.browserless.People;
import org.porth.channels.ApiClients;
import org.porth.channels.ApiScope;
import org.porth.channels.IssuedSecret;
import org.porth.channels.NewApiClient;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API benchmark on PostgreSQL (issue 14): 50 API clients send complete pothole reports with an
 * Idempotency-Key, flat out and then paced at 500 a second; in the same run, the ceiling: the rows
 * those reports wrote, inserted again by plain JDBC over the same pool ({@link JdbcCeiling}). Not part
 * of the test suite: {@code ./mvnw -Pbench test -Dtest=ApiSubmitBench}; report in
 * target/bench/api-submit.md, figures in docs/performance.md.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@OnOwnPostgresSchema
class ApiSubmitBench {

    private static final int CLIENTS = 50;
    // shorter runs for trials on a busy machine: -Dbench.warm-up=500 -Dbench.flat-out=2000 -Dbench.paced-seconds=4
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 1_000);
    private static final int FLAT_OUT = Integer.getInteger("bench.flat-out", 6_000);
    private static final int PACED_PER_SECOND = 500;
    private static final int PACED_SECONDS = Integer.getInteger("bench.paced-seconds", 10);

    @LocalServerPort
    private int port;
    @Autowired
    private ApiClients apiClients;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource pool;
    @Value("${spring.datasource.hikari.maximum-pool-size:10}")
    private int connections;

    @Test
    void fiftyClientsSendPotholeReports() throws Exception {
        List<IssuedSecret> clients = IntStream.range(0, CLIENTS).mapToObj(client -> register("Bench client " + client))
                .toList();
        ApiSubmitLoad load = new ApiSubmitLoad(port, tokens(clients));
        load.flatOut(WARM_UP, new Timings(), "warm-up");
        waitForListeners();
        load.useTokens(tokens(clients));

        JdbcCeiling ceiling = new JdbcCeiling(jdbc);
        long mark = ceiling.mark();
        Timings flat = new Timings();
        long cpuBefore = processCpuNanos();
        double flatSeconds = load.flatOut(FLAT_OUT, flat, "Send (flat out)");
        waitForListeners();
        double cpuMillisPerReport = (processCpuNanos() - cpuBefore) / 1e6 / FLAT_OUT;
        List<JdbcCeiling.TableRows> written = ceiling.writtenSince(mark);

        Timings paced = new Timings();
        load.useTokens(tokens(clients));
        load.paced(PACED_PER_SECOND, PACED_SECONDS, paced, "Send (paced, %d a second)".formatted(PACED_PER_SECOND));
        waitForListeners();

        double ceilingSeconds = ceiling.insert(pool, written, FLAT_OUT, CLIENTS);
        report(flat, flatSeconds, paced, written, ceilingSeconds, connections, cpuMillisPerReport, load.refused());
        assertThat(load.refused()).as("answers other than 201 Created").isZero();
    }

    private List<String> tokens(List<IssuedSecret> clients) {
        return clients.stream().map(this::token).toList();
    }

    /** CPU time of this process (portal and clients, not PostgreSQL): on a shared machine, a fairer measure than time. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private void report(Timings flat, double flatSeconds, Timings paced, List<JdbcCeiling.TableRows> written,
            double ceilingSeconds, int connections, double cpuMillisPerReport, int refused) throws IOException {
        double apiRate = FLAT_OUT / flatSeconds;
        double ceilingRate = FLAT_OUT / ceilingSeconds;
        List<String> report = new ArrayList<>();
        report.add("%d API clients on PostgreSQL, %d processors, JDK %s, pool of %d connections, %s".formatted(CLIENTS,
                Runtime.getRuntime().availableProcessors(), Runtime.version(), connections, Instant.now()));
        report.add("");
        report.add("| operation | calls | median ms | p99 ms | max ms |");
        report.add("|---|---|---|---|---|");
        report.add(flat.summary("Send (flat out)").row());
        report.add(paced.summary("Send (paced, %d a second)".formatted(PACED_PER_SECOND)).row());
        report.add("");
        report.add("API flat out: %,d reports in %.1f s = **%,.0f a second**".formatted(FLAT_OUT, flatSeconds, apiRate));
        report.add("Ceiling (the same rows by plain JDBC, %d threads over the same %d connections): %.1f s = **%,.0f a second**"
                .formatted(CLIENTS, connections, ceilingSeconds, ceilingRate));
        report.add("Ratio: **%.0f%%** of the ceiling".formatted(100 * apiRate / ceilingRate));
        report.add("CPU of the portal and its clients (not PostgreSQL), flat out: **%.1f ms a report**"
                .formatted(cpuMillisPerReport));
        report.add("Answers other than 201 Created: %d%s".formatted(refused, refused == 0 ? "" : " (the run failed)"));
        report.add("");
        report.add("Rows written per report, by table:");
        written.forEach(table -> report.add("- %s: %.2f".formatted(table.table(), table.rows().size() / (double) FLAT_OUT)));
        Path file = Path.of("target", "bench", "api-submit.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
        report.forEach(System.out::println);
    }

    /** The case service and notifications take each report after it commits: the run is over when they have. */
    private void waitForListeners() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Long.class) > 0) {
            assertThat(System.nanoTime()).as("listeners still busy after 5 minutes").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private String token(IssuedSecret secret) {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(secret.clientId(), StandardCharsets.UTF_8)
                + ":" + URLEncoder.encode(secret.secret(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=requests%3Awrite"))
                .build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return JsonMapper.builder().build().readTree(answer.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private IssuedSecret register(String name) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(People.signedIn("Alex Morgan", "alex.morgan@porth.example.gov.uk", Role.ADMIN));
        SecurityContextHolder.setContext(context);
        try {
            return apiClients.register(new NewApiClient(name, "bench@porth.example.gov.uk", Set.of(ApiScope.REQUESTS_WRITE),
                    "100000", false, ""));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

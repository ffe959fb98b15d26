package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;

/**
 * What a load balancer and Prometheus see on the management port, without signing in, and that
 * the portal's own port shows none of it (docs/operations.md, decision 0046).
 */
class OperationsPortIT extends PortalBrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.management.port}")
    private int managementPort;

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health/liveness", "/actuator/health/readiness"})
    void theLoadBalancerSeesTheNodeUp(String path) throws Exception {
        HttpResponse<String> health = get("http://localhost:" + managementPort + path);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("jdbc");
    }

    /** No mail server listens on the tests' SMTP port: an alert, and still ready for residents. */
    @Test
    void aMailServerThatIsDownIsAnAlertNotANodeTakenOut() throws Exception {
        HttpResponse<String> outbound = get("http://localhost:" + managementPort + "/actuator/health/outbound");

        assertThat(outbound.statusCode()).isEqualTo(503);
        assertThat(outbound.body()).contains("\"status\":\"DOWN\"").doesNotContain("smtp", "localhost");
        assertThat(get("http://localhost:" + managementPort + "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusReadsTheJvmTheRequestsAndThePortalsOwnFigures() throws Exception {
        get(url("/help"));

        HttpResponse<String> metrics = get("http://localhost:" + managementPort + "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count",
                "hikaricp_connections_active", "porth_notifications_waiting{channel=\"email\"}",
                "porth_notifications_oldest_wait_seconds{channel=\"text\"}", "porth_events_incomplete",
                "porth_cases_opened_total", "porth_cases_assigned_total");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/prometheus", "/actuator/health/readiness"})
    void thePortalsOwnPortShowsNoneOfIt(String path) throws Exception {
        HttpResponse<String> answer = get(url(path));

        assertThat(answer.statusCode()).isNotEqualTo(200);
        assertThat(answer.body()).doesNotContain("\"status\"").doesNotContain("jvm_memory");
    }

    private HttpResponse<String> get(String address) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                BodyHandlers.ofString());
    }
}

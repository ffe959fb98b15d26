package org.porth.channels;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porth.PortalApplication;
import org.porth.database.H2TestDatabase;
import org.porth.shared.Correlation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * README's curl session, step by step over HTTP as curl sends it, with a registered client's real
 * token: a token, the services, a report sent in Welsh with an Idempotency-Key, then followed and
 * written about. If this fails, the README session no longer works as written. What the portal logs
 * meanwhile carries the session's correlation id and none of the reporter's personal data or words.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ApiSessionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CORRELATION_ID = "curl-session-" + UUID.randomUUID();
    private static final String REPORT = """
            {
                "service": "pothole",
                "answers": {"location": {"usrn": "32710042", "description": "by the bus stop"},
                            "surface": "road", "size": "large", "danger": "no", "email": "ann@example.org"},
                "contact": {"name": "Ann Jones", "email": "ann@example.org"},
                "declaration": true}""";

    @LocalServerPort
    private int port;
    @Autowired
    private ApiClients apiClients;

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        H2TestDatabase.useFreshDatabase(registry);
    }

    @Test
    void theReadmeSessionGetsATokenListsServicesSendsAReportAndFollowsIt(CapturedOutput logs) throws Exception {
        IssuedSecret client = Administrator.does(() -> apiClients.register(new NewApiClient("README " + UUID.randomUUID(),
                "digital@porth.example.gov.uk", Set.of(ApiScope.REQUESTS_WRITE, ApiScope.REQUESTS_READ), "600", false, "")));
        TokenClient.Answer issued = new TokenClient(port).token(client.clientId(), client.secret(),
                java.util.Map.of("grant_type", "client_credentials", "scope", "requests:write requests:read"));
        token = issued.accessToken();

        assertThat(json(get("/api/v1/services")).toString()).contains("\"pothole\"");
        assertThat(json(get("/api/v1/services/pothole")).toString()).contains("\"surface\"");

        HttpResponse<String> sent = http.send(authorised("/api/v1/requests")
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Accept-Language", "cy").header(Correlation.HEADER, CORRELATION_ID).POST(HttpRequest.BodyPublishers.ofString(REPORT)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(sent.headers().firstValue(Correlation.HEADER)).hasValue(CORRELATION_ID);
        JsonNode made = JSON.readTree(sent.body());
        String reference = made.get("reference").asString();
        assertThat(sent.headers().firstValue("Location")).hasValue("/api/v1/requests/" + reference);
        assertThat(made.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(made.get("queue").get("cy").asString()).isEqualTo("Archwiliadau priffyrdd");

        assertThat(json(get("/api/v1/requests/" + reference)).get("reference").asString()).isEqualTo(reference);
        assertThat(get("/api/v1/requests/" + reference + "/messages").statusCode()).isEqualTo(200);
        HttpResponse<String> wrote = http.send(authorised("/api/v1/requests/" + reference + "/messages")
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"It has got bigger since.\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrote.statusCode()).as(wrote.body()).isEqualTo(201);
        assertThat(wrote.body()).contains("It has got bigger since.");

        assertThat(logs.getOut().lines().filter(line -> line.contains("Opened case " + reference)))
                .as("the case's opening, logged under the request's id").singleElement(as(STRING))
                .contains("[" + CORRELATION_ID + "]");
        assertThat(logs.getAll()).doesNotContain("Ann Jones", "ann@example.org", "by the bus stop", "It has got bigger");
    }

    private HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(authorised(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}

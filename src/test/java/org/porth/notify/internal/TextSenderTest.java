package org.porth.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.porth.notify.NotificationChannel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text messages through GOV.UK Notify, against a stub of its API on this machine: the request's
 * shape and its JWT, and which answers are temporary failures and which permanent.
 */
class TextSenderTest {

    private static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
    private static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    private static final String TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicInteger status = new AtomicInteger(201);
    private final AtomicReference<Request> received = new AtomicReference<>();
    private HttpServer notify;
    private TextSender sender;

    @BeforeEach
    void startTheStub() throws IOException {
        notify = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        notify.createContext("/", exchange -> {
            received.set(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] answer = "{\"errors\":[{\"error\":\"Stub\",\"message\":\"as told\"}]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        notify.start();
        sender = sender(true, URI.create("http://127.0.0.1:" + notify.getAddress().getPort()));
    }

    @AfterEach
    void stopTheStub() {
        notify.stop(0);
    }

    @Test
    void aTextIsPostedToNotifyWithTheNumberTheTemplateOurWordsAndAJwtSignedWithTheKeysSecret() throws Exception {
        Claimed text = text();

        sender.send(text);

        Request request = received.get();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v2/notifications/sms");
        assertThat(request.contentType()).isEqualTo("application/json");
        JsonNode body = json.readTree(request.body());
        assertThat(body.get("phone_number").asString()).isEqualTo("07700900123");
        assertThat(body.get("template_id").asString()).isEqualTo(TEMPLATE);
        assertThat(body.get("personalisation").get("body").asString()).isEqualTo("Your request PTH-7K4M-2Q9D");
        assertThat(body.get("reference").asString()).isEqualTo(text.id().toString());

        assertThat(request.authorization()).startsWith("Bearer ");
        String[] jwt = request.authorization().substring("Bearer ".length()).split("\\.");
        assertThat(jwt).hasSize(3);
        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(jwt[0]));
        assertThat(header.get("alg").asString()).isEqualTo("HS256");
        assertThat(header.get("typ").asString()).isEqualTo("JWT");
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(claims.get("iss").asString()).isEqualTo(SERVICE_ID);
        assertThat(claims.get("iat").asLong()).isEqualTo(NOW.getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signature = mac.doFinal((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.UTF_8));
        assertThat(Base64.getUrlDecoder().decode(jwt[2])).isEqualTo(signature);
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 503})
    void tooManyRequestsAndServerErrorsAreTemporary(int answer) {
        status.set(answer);

        assertThatThrownBy(() -> sender.send(text())).isInstanceOfSatisfying(DeliveryFailure.class,
                failure -> assertThat(failure.permanent()).isFalse()).hasMessageContaining(String.valueOf(answer));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403})
    void aBadRequestOrARefusedKeyIsPermanent(int answer) {
        status.set(answer);

        assertThatThrownBy(() -> sender.send(text())).isInstanceOfSatisfying(DeliveryFailure.class,
                failure -> assertThat(failure.permanent()).isTrue()).hasMessageContaining(String.valueOf(answer));
    }

    @Test
    void notifyNotAnsweringIsTemporary() {
        URI nobody = URI.create("http://127.0.0.1:" + notify.getAddress().getPort());
        notify.stop(0);

        assertThatThrownBy(() -> sender(true, nobody).send(text())).isInstanceOfSatisfying(DeliveryFailure.class,
                failure -> assertThat(failure.permanent()).isFalse());
    }

    @Test
    void aKeyNotInNotifysFormIsPermanentAndNeverShown() {
        NotifyProperties.Text text = new NotifyProperties.Text(true, "not-a-key", TEMPLATE,
                URI.create("http://127.0.0.1:1"), Duration.ofSeconds(5));
        TextSender badKey = new TextSender(new NotifyProperties("x", "x", "x", "x", 1, Duration.ofMinutes(5),
                Duration.ofSeconds(30), Duration.ofHours(1), 10, text), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> badKey.send(text())).isInstanceOfSatisfying(DeliveryFailure.class,
                failure -> assertThat(failure.permanent()).isTrue()).hasMessageContaining("porth.notify.text.api-key")
                .hasMessageNotContaining("not-a-key");
    }

    @Test
    void offByDefault() {
        assertThat(sender(false, URI.create("http://127.0.0.1:1")).enabled()).isFalse();
        assertThat(sender.channel()).isEqualTo(NotificationChannel.TEXT);
    }

    private static TextSender sender(boolean enabled, URI baseUrl) {
        NotifyProperties.Text text = new NotifyProperties.Text(enabled, "porth_test-" + SERVICE_ID + "-" + SECRET,
                TEMPLATE, baseUrl, Duration.ofSeconds(5));
        NotifyProperties properties = new NotifyProperties("x", "x", "x", "x", 1, Duration.ofMinutes(5),
                Duration.ofSeconds(30), Duration.ofHours(1), 10, text);
        return new TextSender(properties, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Claimed text() {
        return new Claimed(UUID.randomUUID(), NotificationChannel.TEXT, "07700900123", "PTH-7K4M-2Q9D", "Subject",
                "Your request PTH-7K4M-2Q9D", 1);
    }

    private record Request(String method, String path, String authorization, String contentType, String body) {
    }
}

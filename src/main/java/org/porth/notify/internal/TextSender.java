package org.porth.notify.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;

import org.porth.notify.NotificationChannel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text messages through GOV.UK Notify's API ({@code POST /v2/notifications/sms}): the phone number,
 * a text template of the council's whose content is {@code ((body))}, our words as {@code body},
 * and the notification's id as Notify's {@code reference}. 429 (too many requests) and 5xx are
 * temporary; any other 4xx (400 bad request or number, 403 bad key) is permanent.
 */
@Component
class TextSender implements Sender {

    private final NotifyProperties.Text settings;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;

    TextSender(NotifyProperties properties, Clock clock) {
        this.settings = properties.text();
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.clock = clock;
    }

    /** Whether texts are sent at all (off by default): when not, none is written to the outbox. */
    boolean enabled() {
        return settings.enabled();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.TEXT;
    }

    /** Each text is a request of its own: the session holds nothing. */
    @Override
    public Session open() {
        return new Session() {
            @Override
            public void send(Claimed notification) throws DeliveryFailure {
                TextSender.this.send(notification);
            }

            @Override
            public void close() {
            }
        };
    }

    void send(Claimed notification) throws DeliveryFailure {
        if (!enabled()) {
            throw DeliveryFailure.permanent("Text messages are switched off (porth.notify.text.enabled)", null);
        }
        NotifyApiKey key;
        try {
            key = NotifyApiKey.parse(settings.apiKey());
        } catch (IllegalArgumentException badKey) {
            throw DeliveryFailure.permanent(badKey.getMessage() + " (porth.notify.text.api-key)", badKey);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/v2/notifications/sms"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key.bearerToken(clock.instant()))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of(
                        "phone_number", notification.address(),
                        "template_id", settings.templateId(),
                        "personalisation", Map.of("body", notification.body()),
                        "reference", notification.id().toString()))))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException notReached) {
            throw DeliveryFailure.temporary("GOV.UK Notify not reached: " + notReached, notReached);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.temporary("Interrupted while sending", interrupted);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String reason = "GOV.UK Notify " + status + ": " + response.body();
        throw status == 429 || status >= 500 ? DeliveryFailure.temporary(reason, null)
                : DeliveryFailure.permanent(reason, null);
    }
}

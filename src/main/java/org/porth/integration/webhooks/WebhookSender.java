package org.porth.integration.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.porth.integration.webhooks.DeliveryOutcome.Kind;
import org.porth.shared.Language;
import org.porth.shared.StandardWebhooks;
import org.porth.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * Sends one delivery as Standard Webhooks 1.0 says: the CloudEvents JSON as the body, signed in
 * {@code webhook-signature}; a 2xx answer is delivered; redirects are not followed (a redirect could
 * lead past the address check); nothing waits longer than {@code porth.webhooks.timeout}.
 */
@Component
class WebhookSender {

    private final HttpClient client;
    private final AddressGuard guard;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookSender(AddressGuard guard, WebhookProperties properties, Clock clock) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.timeout()).build();
        this.guard = guard;
        this.properties = properties;
        this.clock = clock;
    }

    DeliveryOutcome send(EndpointStore.Target target, String webhookId, String body) {
        var refusal = guard.refusal(target.url());
        if (refusal.isPresent()) {
            return new DeliveryOutcome(Kind.REFUSED, Translations.get(Language.ENGLISH, refusal.get()), null);
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url())).timeout(properties.timeout())
                .header("Content-Type", "application/cloudevents+json")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", StandardWebhooks.signature(target.secret(), webhookId,
                        String.valueOf(timestamp), body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new DeliveryOutcome(Kind.DELIVERED, null, null);
            }
            if (status == 410) {
                return new DeliveryOutcome(Kind.GONE, "HTTP 410 Gone", null);
            }
            return new DeliveryOutcome(Kind.FAILED, "HTTP " + status,
                    response.headers().firstValue("Retry-After").map(this::retryAfter).orElse(null));
        } catch (HttpTimeoutException e) {
            return DeliveryOutcome.failed("No answer within " + properties.timeout().toSeconds() + " s");
        } catch (IOException e) {
            return DeliveryOutcome.failed("Not reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.failed("Interrupted");
        }
    }

    /** {@code Retry-After} in seconds or as an HTTP date; null when it is neither. */
    private Duration retryAfter(String value) {
        try {
            if (value.strip().matches("\\d{1,9}")) {
                return Duration.ofSeconds(Long.parseLong(value.strip()));
            }
            Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Duration.between(clock.instant(), at).isNegative() ? Duration.ZERO
                    : Duration.between(clock.instant(), at);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package org.porth.notify.internal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Notifications' settings ({@code porth.notify.*}, see application.properties).
 *
 * @param requestLink  the link to a resident's request; {@code {reference}} is replaced
 * @param caseLink     the link to a case for staff; {@code {reference}} is replaced
 * @param bookingsLink the link to a resident's bookings (My bookings), for every booking message
 * @param from         the sender of emails
 * @param batch        how many notifications a worker claims at a time
 * @param lease        how long a claimed notification is the worker's: longer than any send can take
 * @param firstRetry   the wait after the first temporary failure; doubled each time after
 * @param longestRetry the longest wait between tries
 * @param attempts     the tries before a notification is given up as failed
 * @param text         text messages through GOV.UK Notify
 */
@ConfigurationProperties("porth.notify")
record NotifyProperties(String requestLink, String caseLink, String bookingsLink, String from, int batch, Duration lease,
        Duration firstRetry, Duration longestRetry, int attempts, Text text) {

    String requestLink(String reference) {
        return requestLink.replace("{reference}", reference);
    }

    String caseLink(String reference) {
        return caseLink.replace("{reference}", reference);
    }

    Backoff backoff() {
        return new Backoff(firstRetry, longestRetry);
    }

    /**
     * @param enabled    off by default: no text is written to the outbox
     * @param apiKey     the GOV.UK Notify API key ({@code name-serviceId-secret})
     * @param templateId a Notify text template whose content is {@code ((body))}
     * @param baseUrl    Notify's API
     * @param timeout    for each request
     */
    record Text(boolean enabled, String apiKey, String templateId, URI baseUrl, Duration timeout) {
    }
}

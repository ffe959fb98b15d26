package org.porth.integration.webhooks;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Webhooks' settings ({@code porth.webhooks.*}, see application.properties).
 *
 * @param allowedHosts   hosts that may resolve to private, loopback or link-local addresses, and may use
 *                       plain http (for a council's internal systems; tests allow-list localhost)
 * @param source         the CloudEvents {@code source} of every delivered event
 * @param workerInterval how often every node's worker looks for deliveries due
 * @param batch          how many deliveries a worker claims (and sends at once) at a time
 * @param perEndpoint    how many of those may go to one endpoint at once, so a slow one holds only its own
 * @param lease          how long a claimed delivery is the worker's: longer than the timeout
 * @param timeout        for each delivery, from connecting to the answer's status line
 * @param firstRetry     the wait after the first failure; doubled each time after
 * @param longestRetry   the longest wait between tries
 * @param giveUpAfter    how long after the event a delivery is still tried
 * @param endpointLink   an endpoint's page for administrators, in the email to its owner; {@code {id}} is replaced
 */
@ConfigurationProperties("porth.webhooks")
public record WebhookProperties(List<String> allowedHosts, String source, Duration workerInterval, int batch,
        int perEndpoint, Duration lease, Duration timeout, Duration firstRetry, Duration longestRetry, Duration giveUpAfter,
        String endpointLink) {

    public WebhookProperties {
        allowedHosts = allowedHosts == null ? List.of() : allowedHosts.stream().map(String::strip)
                .filter(host -> !host.isEmpty()).map(String::toLowerCase).toList();
    }

    String endpointLink(String id) {
        return endpointLink.replace("{id}", id);
    }
}

package org.porth.integration;

import java.util.Set;

/**
 * A webhook endpoint as an administrator typed it, checked by {@link WebhookEndpoints#register}.
 *
 * @param eventTypes   the integration event types it wants (at least one)
 * @param serviceCodes the services it wants, one a line or space-separated; blank for every service
 * @param partnerId    the partner organisation it belongs to, or blank for a council system
 */
public record NewWebhookEndpoint(String name, String url, String ownerEmail, Set<String> eventTypes,
        String serviceCodes, String partnerId) {
}

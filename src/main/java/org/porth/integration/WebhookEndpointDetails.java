package org.porth.integration;

import java.time.Instant;
import java.util.List;

/**
 * A webhook endpoint as administrators see it (never its secret).
 *
 * @param serviceCodes   empty for every service
 * @param partnerId      null for a council system
 * @param disabledReason why it is off (an administrator, or the receiver answered 410 Gone); null when on
 */
public record WebhookEndpointDetails(String id, String name, String url, String ownerEmail, List<String> eventTypes,
        List<String> serviceCodes, String partnerId, boolean enabled, String disabledReason, Instant createdAt) {
}

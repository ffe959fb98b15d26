package org.porth.integration;

/** A webhook endpoint as another module may show or choose it (a partner's, for referrals). */
public record WebhookEndpointSummary(String id, String url, boolean enabled) {
}

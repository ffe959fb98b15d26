package org.porth.integration;

/** An endpoint's signing secret ({@code whsec_...}), shown to the administrator once. */
public record IssuedWebhookSecret(String endpointId, String secret) {
}

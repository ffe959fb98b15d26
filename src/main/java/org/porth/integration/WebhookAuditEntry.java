package org.porth.integration;

import java.time.Instant;

/** One change to a webhook endpoint: when, who, what ({@code REGISTERED}, {@code SECRET_ROTATED}, ...). */
public record WebhookAuditEntry(Instant at, String staffId, String action, String detail) {
}

package org.porth.integration.webhooks;

import java.time.Instant;
import java.util.UUID;

/** A delivery a worker has claimed: it holds it until its lease runs out. Its id is the {@code webhook-id}. */
record ClaimedDelivery(UUID id, String endpointId, String body, int attempts, Instant createdAt) {
}

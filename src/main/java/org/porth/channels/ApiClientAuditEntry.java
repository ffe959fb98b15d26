package org.porth.channels;

import java.time.Instant;

/**
 * One change to an API client: who made it, when, and what.
 *
 * @param action REGISTERED, CHANGED, SECRET_ROTATED or REVOKED
 */
public record ApiClientAuditEntry(Instant at, String staffId, String action, String detail) {
}

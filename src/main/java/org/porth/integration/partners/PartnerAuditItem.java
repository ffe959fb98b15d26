package org.porth.integration.partners;

import java.time.Instant;

/** One change to a partner, or one read of a referral by it. */
public record PartnerAuditItem(Instant at, String actor, String action, String detail) {
}

package org.porth.integration.partners;

import java.time.Instant;
import java.util.Map;

/**
 * A referral of a case to a partner.
 *
 * @param details     the resident's details the partner may receive, by field key ({@code address}:
 *                    {@code line1}, {@code postcode}...), kept up to date while the referral is open
 * @param consentId   the resident's consent when the basis is {@link LawfulBasis#CONSENT}
 * @param justification why the basis applies, in the officer's words; null with consent
 * @param partnerNote the partner's last words on it (through the API); null until it writes
 */
public record Referral(String id, String caseReference, String serviceId, String partnerId, String partnerName,
        ReferralType type, String reason, LawfulBasis basis, String consentId, String justification,
        Map<String, Map<String, String>> details, ReferralStatus status, String partnerNote, String referredBy,
        Instant referredAt, Instant updatedAt) {

    public Referral {
        details = Map.copyOf(details);
    }
}

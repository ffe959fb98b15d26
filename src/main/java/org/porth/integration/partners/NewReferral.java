package org.porth.integration.partners;

/**
 * An officer's referral of a case, as entered.
 *
 * @param consentId     the resident's recorded consent relied on (with {@link LawfulBasis#CONSENT})
 * @param justification why another basis applies (required with any other)
 */
public record NewReferral(String caseReference, String partnerId, ReferralType type, String reason,
        LawfulBasis basis, String consentId, String justification) {
}

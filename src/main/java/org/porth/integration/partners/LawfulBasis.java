package org.porth.integration.partners;

/**
 * Why a resident's details may go to a partner: their recorded consent, or (UK GDPR article 6 and 9
 * conditions staff may rely on without it) one of the others, each justified in writing.
 */
public enum LawfulBasis {
    CONSENT,
    SAFEGUARDING,
    VITAL_INTERESTS,
    PUBLIC_TASK,
    LEGAL_OBLIGATION;

    /** The resident is told of a referral made with their consent; one made without may put them at risk. */
    public boolean residentTold() {
        return this == CONSENT;
    }
}

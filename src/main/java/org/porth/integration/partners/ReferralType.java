package org.porth.integration.partners;

/** What a partner is asked to do; an agreement names the types a partner may receive. */
public enum ReferralType {
    HOUSING,
    SOCIAL_PRESCRIBING,
    SAFE_AND_WELL,
    COMMUNITY_SUPPORT
}

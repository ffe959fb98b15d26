package org.porth.integration.partners;

import java.util.Set;

/** Where a referral stands: sent to the partner, who accepts or declines it, and closes it when done. */
public enum ReferralStatus {
    SENT,
    ACCEPTED,
    DECLINED,
    CLOSED;

    /** The partner still has it in hand: its updates and the resident's changes of details reach it. */
    public boolean open() {
        return this == SENT || this == ACCEPTED;
    }

    static final Set<ReferralStatus> ANY_OPEN = Set.of(SENT, ACCEPTED);
}

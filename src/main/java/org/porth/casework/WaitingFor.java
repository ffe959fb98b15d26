package org.porth.casework;

/**
 * Whom an open case waits for. Porth has no referrals to partner organisations yet (a case referred
 * elsewhere is finished), so no open case waits for a partner.
 */
public enum WaitingFor {
    /** The officer who has it: the next step is theirs. */
    OFFICER,
    /** The resident, asked for more information; the clock is stopped. */
    RESIDENT;

    public static WaitingFor of(CaseStatus status) {
        return status == CaseStatus.AWAITING_RESIDENT ? RESIDENT : OFFICER;
    }
}

package org.porth.casework;

/**
 * Why a case ended, recorded for every case so that managers measure outcomes, not counts. Each
 * goes with one of the outcome statuses.
 */
public enum Outcome {
    FIXED(CaseStatus.RESOLVED),
    SERVICE_PROVIDED(CaseStatus.RESOLVED),
    ADVICE_GIVEN(CaseStatus.RESOLVED),
    NO_FAULT_FOUND(CaseStatus.RESOLVED),
    NOT_ELIGIBLE(CaseStatus.DECLINED),
    NOT_COUNCIL_RESPONSIBILITY(CaseStatus.REFERRED),
    REFERRED_TO_PARTNER(CaseStatus.REFERRED),
    /** Only by marking the case a duplicate of another, which links the two. */
    DUPLICATE_OF_ANOTHER(CaseStatus.DUPLICATE),
    /** Only by the resident withdrawing their request. */
    WITHDRAWN_BY_RESIDENT(CaseStatus.WITHDRAWN);

    private final CaseStatus status;

    Outcome(CaseStatus status) {
        this.status = status;
    }

    /** An officer may end a case with it from the case view; the others come with their own action. */
    public boolean officerMayChoose() {
        return this != DUPLICATE_OF_ANOTHER && this != WITHDRAWN_BY_RESIDENT;
    }

    /** The status a case ends in with this outcome. */
    public CaseStatus status() {
        return status;
    }
}

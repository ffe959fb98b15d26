package org.porth.casework;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case is in its life, and where it may go next. A case is worked (triage, in progress,
 * awaiting the resident), ends with an outcome (resolved, declined, referred elsewhere, a duplicate),
 * and is closed; a case with an outcome or closed may be reopened within the council's reopen window.
 * The resident may withdraw a request the council has not finished with; a withdrawn case only closes.
 */
public enum CaseStatus {
    SUBMITTED,
    IN_TRIAGE,
    IN_PROGRESS,
    AWAITING_RESIDENT,
    RESOLVED,
    DECLINED,
    REFERRED,
    DUPLICATE,
    CLOSED,
    WITHDRAWN;

    private static final Set<CaseStatus> OUTCOMES = EnumSet.of(RESOLVED, DECLINED, REFERRED, DUPLICATE,
            WITHDRAWN);

    /** The statuses this one may move to (reopening is allowed only within the reopen window). */
    public Set<CaseStatus> next() {
        return switch (this) {
            // the resident may be asked as soon as an officer has the case, whatever its stage
            case SUBMITTED -> EnumSet.of(IN_TRIAGE, IN_PROGRESS, AWAITING_RESIDENT, DUPLICATE, WITHDRAWN);
            case IN_TRIAGE -> EnumSet.of(IN_PROGRESS, AWAITING_RESIDENT, DECLINED, REFERRED, DUPLICATE, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(AWAITING_RESIDENT, RESOLVED, DECLINED, REFERRED, DUPLICATE, WITHDRAWN);
            case AWAITING_RESIDENT -> EnumSet.of(IN_PROGRESS, WITHDRAWN);
            case RESOLVED, DECLINED, REFERRED, DUPLICATE -> EnumSet.of(CLOSED, IN_PROGRESS);
            case CLOSED -> EnumSet.of(IN_PROGRESS);
            case WITHDRAWN -> EnumSet.of(CLOSED);
        };
    }

    public boolean mayMoveTo(CaseStatus status) {
        return next().contains(status);
    }

    /** An outcome: the council has finished with the request, one way or another. */
    public boolean isOutcome() {
        return OUTCOMES.contains(this);
    }

    /** Still being worked: neither finished with an outcome nor closed. */
    public boolean isOpen() {
        return !isOutcome() && this != CLOSED;
    }

    /** Moving from here to that status reopens the case. */
    public boolean reopensTo(CaseStatus status) {
        return !isOpen() && status == IN_PROGRESS && mayMoveTo(status);
    }
}

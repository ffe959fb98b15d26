package org.porth.casework;

/**
 * Why a resident got in touch about a case, as staff hear it in the resident's own words when they help
 * a caller (issue 18's failure demand). Only {@link #NEW_NEED} is value demand: every other reason is
 * demand caused by a failure to do something, or to do it right, for the resident.
 */
public enum ContactReason {
    /** "What's happening with it?" */
    CHASING,
    /** "I don't understand what you told me." */
    NOT_UNDERSTOOD,
    /** "I've come to the wrong place." */
    WRONG_PLACE,
    /** "I've already told you about this." */
    REPEAT,
    /** "I need something new." */
    NEW_NEED;

    public boolean isFailureDemand() {
        return this != NEW_NEED;
    }
}

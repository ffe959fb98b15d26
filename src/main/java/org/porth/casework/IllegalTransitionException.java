package org.porth.casework;

/** A case was asked to move to a status it cannot reach from where it is; nothing was changed. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String reference, CaseStatus from, CaseStatus to) {
        super("Case " + reference + " cannot move from " + from + " to " + to + "; from " + from + " it can move to "
                + from.next());
    }
}

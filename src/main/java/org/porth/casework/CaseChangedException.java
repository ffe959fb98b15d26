package org.porth.casework;

/**
 * Someone else changed the case since the officer opened it: nothing was changed, and the officer
 * should look at the case as it is now before trying again.
 */
public class CaseChangedException extends RuntimeException {

    public CaseChangedException(String reference) {
        super("Case " + reference + " was changed by someone else");
    }
}

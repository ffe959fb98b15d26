package org.porth.casework;

/** No case with that reference that the signed-in person may see; which of the two is not said. */
public class NoSuchCaseException extends RuntimeException {

    public NoSuchCaseException(String reference) {
        super("No case " + reference + " that you may see");
    }
}

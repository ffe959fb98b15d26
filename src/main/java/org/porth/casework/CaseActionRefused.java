package org.porth.casework;

/**
 * An action on a case was refused and nothing was changed; {@code messageKey} names the message
 * (in the casework bundle) that says why, next to {@code field} when a field was wrong.
 */
public class CaseActionRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public CaseActionRefused(String field, String messageKey) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}

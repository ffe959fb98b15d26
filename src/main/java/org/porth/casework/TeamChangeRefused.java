package org.porth.casework;

/**
 * A change to a team's members was refused and nothing was changed; {@code messageKey} names the
 * message (in the casework bundle) that says why, next to {@code field}.
 */
public class TeamChangeRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public TeamChangeRefused(String field, String messageKey) {
        super(messageKey + " (" + field + ")");
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

package org.porth.shared;

/**
 * An action was refused and nothing changed: {@link #messageKey()} names the message (in the
 * refusing module's bundle) that says why, shown next to {@link #field()}, or about the whole form
 * when the field is null. Services throw it; the GOV.UK form kit in shell shows it.
 */
public class ActionRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ActionRefused(String field, String messageKey) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The field the refusal is about, or null when it is about the whole action. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}

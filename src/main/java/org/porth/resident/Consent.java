package org.porth.resident;

import java.util.Objects;

import org.porth.catalogue.Text;

/**
 * The resident's answer when asked whether a change they made in a form should update their
 * account and reach every council service that uses it.
 *
 * @param wording the question exactly as shown, in both languages (see {@link ConsentWording})
 * @param given   true when they agreed
 */
public record Consent(Text wording, boolean given) {

    public Consent {
        Objects.requireNonNull(wording, "wording");
    }

    public static Consent given(Text wording) {
        return new Consent(wording, true);
    }

    public static Consent declined(Text wording) {
        return new Consent(wording, false);
    }
}

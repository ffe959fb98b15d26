package org.porth.resident;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of a resident's profile. The first five can prefill form questions: a question names
 * one in its {@code prefill} ({@code name}, {@code email}, {@code phone}, {@code address},
 * {@code date-of-birth}), and only those can be shared with other services ("tell us once").
 */
public enum ProfileField {
    NAME("name", true),
    DATE_OF_BIRTH("date-of-birth", true),
    ADDRESS("address", true),
    PHONE("phone", true),
    EMAIL("email", true),
    CONTACT_PREFERENCES("contact-preferences", false),
    LANGUAGE("language", false);

    private final String key;
    private final boolean prefill;

    ProfileField(String key, boolean prefill) {
        this.key = key;
        this.prefill = prefill;
    }

    /** Its name in service definitions, consents and events: {@code date-of-birth}. */
    public String key() {
        return key;
    }

    /** Whether form questions can be prefilled from it and a change to it shared. */
    public boolean prefill() {
        return prefill;
    }

    public static Optional<ProfileField> fromKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }

    /** A prefill field by its name; empty for any other name. */
    public static Optional<ProfileField> prefillField(String key) {
        return fromKey(key).filter(ProfileField::prefill);
    }
}

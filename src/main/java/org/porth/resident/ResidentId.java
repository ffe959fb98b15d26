package org.porth.resident;

import java.util.Objects;
import java.util.UUID;

/** A resident's stable identity inside Porth; it never changes, whatever sign-in they use. */
public record ResidentId(UUID value) {

    public ResidentId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when the text is not a UUID */
    public static ResidentId of(String text) {
        return new ResidentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

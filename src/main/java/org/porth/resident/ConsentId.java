package org.porth.resident;

import java.util.Objects;
import java.util.UUID;

/** One consent a resident gave to share a change of their details. */
public record ConsentId(UUID value) {

    public ConsentId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when the text is not a UUID */
    public static ConsentId of(String text) {
        return new ConsentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

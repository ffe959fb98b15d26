package org.porth.shared;

import java.util.regex.Pattern;


/** A request's reference, as residents read it out on the phone: {@code PTH-7K4M-2Q9D} ({@link ReadableCode}). */
public record Reference(String value) {

    private static final String PREFIX = "PTH";
    private static final Pattern FORMAT = ReadableCode.format(PREFIX);

    public Reference {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a Porth reference: " + value);
        }
    }

    public static Reference random() {
        return new Reference(ReadableCode.random(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.porth.apply;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * A request's reference, as residents read it out on the phone: {@code PTH-7K4M-2Q9D}. Eight
 * random Crockford base-32 characters (no I, L, O or U, so nothing is misread): 40 random bits, so
 * one reference says nothing about any other.
 */
public record Reference(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("PTH-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public Reference {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a Porth reference: " + value);
        }
    }

    public static Reference random() {
        StringBuilder text = new StringBuilder("PTH-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                text.append('-');
            }
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new Reference(text.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

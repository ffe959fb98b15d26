package org.porth.shared;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * References people read out on the phone, such as {@code PTH-7K4M-2Q9D}: a prefix and eight random
 * Crockford base-32 characters (no I, L, O or U, so nothing is misread): 40 random bits, so one
 * reference says nothing about any other.
 */
public final class ReadableCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CHARACTER = "[0-9A-HJKMNP-TV-Z]";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReadableCode() {
    }

    /** A new code with the prefix, e.g. {@code PTH-7K4M-2Q9D} for the prefix {@code PTH}. */
    public static String random(String prefix) {
        StringBuilder text = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                text.append('-');
            }
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** What a code with the prefix looks like. */
    public static Pattern format(String prefix) {
        return Pattern.compile(Pattern.quote(prefix) + "-" + CHARACTER + "{4}-" + CHARACTER + "{4}");
    }
}

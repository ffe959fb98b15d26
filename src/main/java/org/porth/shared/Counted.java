package org.porth.shared;

/**
 * The bundle key for a count: {@code .one}, {@code .two} or {@code .other}, so a page says "1 street
 * found", not "1 streets found". Welsh needs "two" of its own, as the noun mutates after it
 * ("2 ddiwrnod", "5 diwrnod").
 */
public final class Counted {

    private Counted() {
    }

    public static String key(String base, int count) {
        return base + switch (count) {
            case 1 -> ".one";
            case 2 -> ".two";
            default -> ".other";
        };
    }
}

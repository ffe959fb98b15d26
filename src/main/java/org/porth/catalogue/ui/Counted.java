package org.porth.catalogue.ui;

/**
 * The bundle key for a count: {@code .one}, {@code .two} or {@code .other}. Welsh needs "two" of
 * its own, as the noun mutates after it ("2 ddiwrnod", "5 diwrnod").
 */
final class Counted {

    private Counted() {
    }

    static String key(String base, int count) {
        return base + switch (count) {
            case 1 -> ".one";
            case 2 -> ".two";
            default -> ".other";
        };
    }
}

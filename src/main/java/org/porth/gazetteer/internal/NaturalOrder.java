package org.porth.gazetteer.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders text the way people read it: numbers by value ("2 Stryd Fawr" before "10 Stryd Fawr",
 * "Flat 9" before "Flat 10", "8" before "8A"), letters ignoring case.
 */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();

    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");
    private static final Collator TEXT = collator();

    private NaturalOrder() {
    }

    @Override
    public int compare(String left, String right) {
        Matcher a = CHUNK.matcher(left);
        Matcher b = CHUNK.matcher(right);
        while (a.find()) {
            if (!b.find()) {
                return 1;
            }
            int chunk = compareChunks(a.group(), b.group());
            if (chunk != 0) {
                return chunk;
            }
        }
        return b.find() ? -1 : 0;
    }

    private static int compareChunks(String a, String b) {
        boolean aNumber = Character.isDigit(a.charAt(0));
        boolean bNumber = Character.isDigit(b.charAt(0));
        if (aNumber && bNumber) {
            // by value, however long: without leading zeros, the shorter number is the smaller
            String x = stripLeadingZeros(a);
            String y = stripLeadingZeros(b);
            return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
        }
        if (aNumber != bNumber) {
            return aNumber ? -1 : 1;
        }
        return TEXT.compare(a, b);
    }

    private static String stripLeadingZeros(String digits) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return digits.substring(first);
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.UK);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}

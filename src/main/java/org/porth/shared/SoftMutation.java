package org.porth.shared;

import java.util.Locale;

/**
 * Welsh soft mutation of a name's first sound, as after "gan", "i" or "o": Cyngor → Gyngor,
 * Gwynedd → Wynedd, Llanelli → Lanelli. Ch, Ph, Th, Dd and Ff are letters of their own and stay.
 */
public final class SoftMutation {

    private static final String[][] SOFTER = {
            {"ll", "l"}, {"rh", "r"}, {"ch", "ch"}, {"ph", "ph"}, {"th", "th"}, {"dd", "dd"}, {"ff", "ff"},
            {"c", "g"}, {"p", "b"}, {"t", "d"}, {"b", "f"}, {"d", "dd"}, {"g", ""}, {"m", "f"}};

    private SoftMutation() {
    }

    public static String of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String[] change : SOFTER) {
            if (lower.startsWith(change[0])) {
                String mutated = change[1] + name.substring(change[0].length());
                return Character.isUpperCase(name.charAt(0)) ? capitalised(mutated) : mutated;
            }
        }
        return name;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}

package org.porth.catalogue.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words as search compares them: lower case, without accents (Welsh ŵ, ŷ, â, ô are often typed
 * as w, y, a, o), split at anything that is not a letter or digit; and a word's stem, without a
 * plural ending, so "potholes" finds "pothole" and "biniau" finds "bin".
 */
final class SearchWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Plural endings and what replaces them, longest first: Welsh -iau, -au, -ion, -oedd; English
     * -ies (as -y), -es after ss, x, z, ch or sh, and -s (not -ss, -us, -is).
     */
    private static final List<String[]> ENDINGS = List.of(
            new String[] {"oedd", ""}, new String[] {"iau", ""}, new String[] {"ion", ""}, new String[] {"au", ""},
            new String[] {"ies", "y"}, new String[] {"sses", "ss"}, new String[] {"xes", "x"},
            new String[] {"zes", "z"}, new String[] {"ches", "ch"}, new String[] {"shes", "sh"});
    private static final Pattern PLAIN_S = Pattern.compile(".*[^sui]s");
    /** Shorter stems ("bu" from "bus") would match too much. */
    private static final int SHORTEST_STEM = 3;

    private SearchWords() {
    }

    static List<String> of(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        return Arrays.stream(SEPARATORS.split(plain)).filter(word -> !word.isEmpty()).toList();
    }

    /** The word without a plural ending, or the word itself; a word as {@link #of} gives it. */
    static String stem(String word) {
        for (String[] ending : ENDINGS) {
            if (word.endsWith(ending[0])) {
                return shortest(word, word.substring(0, word.length() - ending[0].length()) + ending[1]);
            }
        }
        return PLAIN_S.matcher(word).matches() ? shortest(word, word.substring(0, word.length() - 1)) : word;
    }

    private static String shortest(String word, String stem) {
        return stem.length() < SHORTEST_STEM ? word : stem;
    }
}

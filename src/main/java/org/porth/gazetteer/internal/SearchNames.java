package org.porth.gazetteer.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Street names as search compares them: lower case, without accents (ŵ is w, â is a), without
 * apostrophes ("Cae'r" is "caer"), other punctuation as spaces ("Glan-yr-afon" is "glan yr afon").
 * Residents type "glyndwr" on a phone keyboard for "Heol Glyndŵr".
 */
final class SearchNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private SearchNames() {
    }

    static String fold(String text) {
        String withoutAccents = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String lower = APOSTROPHES.matcher(withoutAccents.toLowerCase(Locale.ROOT)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(lower).replaceAll(" ").trim();
    }

    static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}

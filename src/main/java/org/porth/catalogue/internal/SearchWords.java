package org.porth.catalogue.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words as search compares them: lower case, without accents (Welsh ŵ, ŷ, â, ô are often typed
 * as w, y, a, o), split at anything that is not a letter or digit.
 */
final class SearchWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    static List<String> of(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        return Arrays.stream(SEPARATORS.split(plain)).filter(word -> !word.isEmpty()).toList();
    }
}

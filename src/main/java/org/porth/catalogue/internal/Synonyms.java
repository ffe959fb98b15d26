package org.porth.catalogue.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Words a resident may type for the words services use: other words for the same thing, common
 * misspellings, in English and Welsh. Kept as data ({@value #FILE}): one group of single words a
 * line, separated by commas; a typed word in a group (or with the same stem as one) finds what any
 * word of the group finds.
 */
final class Synonyms {

    static final String FILE = "catalogue/search-synonyms.txt";

    /** Each word's stem and the words of the groups it is in (itself among them). */
    private final Map<String, Set<String>> groups = new HashMap<>();

    Synonyms(List<String> lines) {
        lines.stream().map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
                .map(line -> Set.copyOf(SearchWords.of(line)))
                .forEach(group -> group.forEach(word -> groups.merge(SearchWords.stem(word), group, Synonyms::both)));
    }

    /** The built-in list. */
    static Synonyms builtIn() {
        try (InputStream file = Synonyms.class.getClassLoader().getResourceAsStream(FILE)) {
            if (file == null) {
                throw new IllegalStateException("The search synonyms " + FILE + " are missing");
            }
            return new Synonyms(new String(file.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search synonyms " + FILE, e);
        }
    }

    /** The word and the other words of its groups. */
    Set<String> of(String word) {
        Set<String> words = groups.getOrDefault(SearchWords.stem(word), Set.of());
        return words.contains(word) ? words : both(words, Set.of(word));
    }

    private static Set<String> both(Set<String> one, Set<String> other) {
        return Stream.concat(one.stream(), other.stream()).collect(Collectors.toUnmodifiableSet());
    }
}

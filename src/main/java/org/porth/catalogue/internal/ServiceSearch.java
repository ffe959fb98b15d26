package org.porth.catalogue.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.porth.catalogue.OtherPage;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;

/**
 * Finds services (or other pages residents look for, {@link OtherPage}) by words in English or
 * Welsh, whatever language the page is in: a resident reading in Welsh may still search for "bin". Every word must match the start of a word in the
 * service's name, keywords or summary, in either language, or have its stem ("potholes" and
 * "pothole"), or a synonym of it must ({@link Synonyms}); a match in the name counts most, then one
 * in the keywords, then one in the summary. Little words ("a", "the", "y", "i'r") are skipped.
 */
final class ServiceSearch<T> {

    /** What search reads of a service or a page. */
    record Words(Text name, Text summary, Map<String, List<String>> keywords) {
    }

    private static final int NAME = 100;
    private static final int KEYWORD = 10;
    private static final int SUMMARY = 1;
    private static final Set<String> LITTLE_WORDS = Set.of(
            "a", "an", "and", "the", "for", "of", "to", "in", "on", "my", "i", "is", "it", "how", "do", "can", "what",
            "with", "about", "me", "our", "your", "from", "by", "at", "or", "want", "need",
            "y", "yr", "r", "ac", "am", "ar", "o", "yn", "fy", "ein", "eich", "ei", "sut", "beth", "gyda", "ag",
            "neu", "mae", "wyf", "rwyf", "dw", "eisiau", "angen");

    private final List<Entry<T>> entries;
    private final Synonyms synonyms;

    private ServiceSearch(Collection<T> items, Function<T, Words> words, Synonyms synonyms) {
        entries = items.stream().map(item -> Entry.of(item, words.apply(item))).toList();
        this.synonyms = synonyms;
    }

    static ServiceSearch<ServiceDefinition> ofServices(Collection<ServiceDefinition> services, Synonyms synonyms) {
        return new ServiceSearch<>(services, service -> new Words(service.name(), service.summary(), service.keywords()),
                synonyms);
    }

    static ServiceSearch<OtherPage> ofOtherPages(Collection<OtherPage> pages, Synonyms synonyms) {
        return new ServiceSearch<>(pages, page -> new Words(page.name(), page.summary(), page.keywords()), synonyms);
    }

    /** Matching services (or pages), best first; equally good ones in the order given. */
    List<T> find(String query, Comparator<T> order) {
        List<Set<String>> words = SearchWords.of(query == null ? "" : query).stream()
                .filter(word -> !LITTLE_WORDS.contains(word)).distinct().map(synonyms::of).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        record Hit<T>(T item, int score) {
        }
        return entries.stream()
                .map(entry -> new Hit<>(entry.item(), entry.score(words)))
                .filter(hit -> hit.score() > 0)
                .sorted(Comparator.<Hit<T>>comparingInt(Hit::score).reversed().thenComparing(Hit::item, order))
                .map(Hit::item)
                .toList();
    }

    /** A service's words, each field in both languages; Welsh words with the forms they may mutate from. */
    private record Entry<T>(T item, Set<String> name, Set<String> keywords, Set<String> summary) {

        static <T> Entry<T> of(T item, Words words) {
            List<String> english = words.keywords().getOrDefault("en", List.of());
            List<String> welsh = words.keywords().getOrDefault("cy", List.of());
            return new Entry<>(item, words(words.name()),
                    words(String.join(" ", english), String.join(" ", welsh)), words(words.summary()));
        }

        /** 0 when a word (or any of its synonyms) matches nothing, so every word must match. */
        int score(List<Set<String>> query) {
            int total = 0;
            for (Set<String> word : query) {
                int best = matches(name, word) ? NAME
                        : matches(keywords, word) ? KEYWORD
                        : matches(summary, word) ? SUMMARY : 0;
                if (best == 0) {
                    return 0;
                }
                total += best;
            }
            return total;
        }

        /** Words are indexed with their stems, so a word matches one with the same stem. */
        private static boolean matches(Set<String> words, Set<String> typed) {
            return typed.stream().anyMatch(prefix -> words.contains(SearchWords.stem(prefix))
                    || words.stream().anyMatch(word -> word.startsWith(prefix)));
        }

        private static Set<String> words(Text text) {
            return words(text.en(), text.cy());
        }

        private static Set<String> words(String english, String welsh) {
            Set<String> words = new HashSet<>(SearchWords.of(english));
            SearchWords.of(welsh).stream().flatMap(word -> WelshMutations.radicals(word).stream()).forEach(words::add);
            Set.copyOf(words).forEach(word -> words.add(SearchWords.stem(word)));
            return words;
        }
    }
}

package org.porth.resident.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's search for a caller: every word they type must appear somewhere in the resident's
 * name, email, phone or address, in any case ("taylor pt1", "07700 900982", "sam@"). A word of
 * digits matches phone numbers however they were spaced.
 */
@Component
public class ResidentSearch {

    private static final char ESCAPE = '\\';
    private static final char NULL_CHARACTER = '\u0000';
    // a word of digits with phone punctuation, "(01632)" or "960-001": matched as its digits
    private static final Pattern PHONE_LIKE = Pattern.compile("^[0-9()\\-.]*[0-9][0-9()\\-.]*$");

    private final ResidentRepository residents;

    ResidentSearch(ResidentRepository residents) {
        this.residents = residents;
    }

    @Transactional(readOnly = true)
    public List<Resident> find(String query, int limit) {
        List<String> words = words(query);
        // nobody's details hold a null character (PostgreSQL cannot store one, nor take it as a parameter)
        if (words.isEmpty() || query.indexOf(NULL_CHARACTER) >= 0) {
            return List.of();
        }
        Specification<Resident> everyWord = (root, criteria, builder) -> builder.and(words.stream()
                .map(word -> builder.like(root.get("searchText"), "%" + escape(word) + "%", ESCAPE))
                .toArray(Predicate[]::new));
        return residents.findAll(everyWord, PageRequest.of(0, limit, Sort.by("familyName", "givenName", "id")))
                .getContent();
    }

    static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(query.toLowerCase(Locale.ROOT).split("[\\s,]+"))
                .map(word -> PHONE_LIKE.matcher(word).matches() ? word.replaceAll("[^0-9]", "") : word)
                .filter(word -> !word.isBlank())
                .toList();
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

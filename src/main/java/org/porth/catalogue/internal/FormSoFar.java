package org.porth.catalogue.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.porth.catalogue.Question;

/**
 * What a definition's form has declared so far, read top to bottom: the questions in order (a
 * condition may only look back at them) and the ids taken, with the line each was first used on.
 */
final class FormSoFar {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<String, Integer> questionLines = new HashMap<>();
    private final Map<String, Integer> pageLines = new HashMap<>();

    /** The questions before this point, by id. */
    Map<String, Question> questions() {
        return Map.copyOf(questions);
    }

    void add(Question question) {
        questions.putIfAbsent(question.id(), question);
    }

    Optional<String> questionId(YamlMap question) {
        return claim(question, "question", questionLines);
    }

    Optional<String> pageId(YamlMap page) {
        return claim(page, "page", pageLines);
    }

    /**
     * An identifier under the key, if it is well formed: lower-case letters, digits and hyphens.
     *
     * @param what how problems name it: "question id", "option value"
     */
    static Optional<String> id(YamlMap map, String key, String what) {
        return map.requiredString(key).filter(id -> {
            if (!ID.matcher(id).matches()) {
                map.problem(key, what + " '" + id + "' must be lower-case letters, digits and hyphens,"
                        + " such as 'bin-type'");
                return false;
            }
            return true;
        });
    }

    private static Optional<String> claim(YamlMap map, String kind, Map<String, Integer> lines) {
        return id(map, "id", kind + " id").filter(id -> {
            int line = map.value("id").orElseThrow().getStartMark().getLine() + 1;
            Integer first = lines.putIfAbsent(id, line);
            if (first != null) {
                map.problem("id", kind + " id '" + id + "' is used twice (first on line " + first + ")");
            }
            return first == null;
        });
    }
}

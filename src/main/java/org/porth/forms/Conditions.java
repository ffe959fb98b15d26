package org.porth.forms;

import java.util.List;
import java.util.Map;

import org.porth.catalogue.Condition;

/**
 * Whether a "show if" or eligibility condition holds for the answers given so far. Values are
 * compared trimmed and ignoring case, so "Yes" typed through the API matches {@code yes}. For a
 * multiple-choice answer, ANY_OF holds when any chosen value is listed and NONE_OF when none is.
 */
final class Conditions {

    private Conditions() {
    }

    /** @param answers the answers that count: those to questions the resident can see */
    static boolean holds(Condition condition, Map<String, Answer> answers) {
        Answer answer = answers.get(condition.question());
        boolean answered = answer != null && !answer.isBlank();
        List<String> chosen = answered ? answer.values(Answer.VALUE) : List.of();
        return switch (condition.operator()) {
            case ANSWERED -> answered;
            case ANY_OF -> chosen.stream().anyMatch(value -> listed(value, condition.values()));
            case NONE_OF -> chosen.stream().noneMatch(value -> listed(value, condition.values()));
        };
    }

    private static boolean listed(String value, List<String> values) {
        return value != null && values.stream().anyMatch(listed -> listed.strip().equalsIgnoreCase(value.strip()));
    }
}

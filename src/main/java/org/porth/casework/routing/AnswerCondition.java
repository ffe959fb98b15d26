package org.porth.casework.routing;

import java.util.List;

/**
 * A rule's condition on one answer: the question was answered with any of the values (for a
 * question answered in the resident's own words, the whole answer equals one of them).
 */
public record AnswerCondition(String question, List<String> values) {

    public AnswerCondition {
        question = question == null ? "" : question.strip();
        values = values.stream().map(String::strip).filter(value -> !value.isEmpty()).distinct().toList();
    }

    public static AnswerCondition blank() {
        return new AnswerCondition("", List.of());
    }
}

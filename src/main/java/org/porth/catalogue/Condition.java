package org.porth.catalogue;

import java.util.List;

/**
 * "Show if an earlier answer is ...": true when the answer to {@code question} is one of
 * {@code values} ({@link Operator#ANY_OF}), none of them ({@link Operator#NONE_OF}), or given at all
 * ({@link Operator#ANSWERED}, values empty). For a multiple-choice question, ANY_OF means any chosen
 * option is listed.
 */
public record Condition(String question, Operator operator, List<String> values) {

    public Condition {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public enum Operator {
        ANY_OF,
        NONE_OF,
        ANSWERED
    }
}

package org.porth.apply;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A resident's answers to a form so far, by question id. Immutable. */
public record Answers(Map<String, Answer> byQuestion) {

    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        byQuestion = Map.copyOf(byQuestion);
    }

    public Optional<Answer> get(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId));
    }

    public Answers with(String questionId, Answer answer) {
        Map<String, Answer> changed = new HashMap<>(byQuestion);
        changed.put(questionId, answer);
        return new Answers(changed);
    }

    public Answers without(String questionId) {
        Map<String, Answer> changed = new HashMap<>(byQuestion);
        changed.remove(questionId);
        return new Answers(changed);
    }
}

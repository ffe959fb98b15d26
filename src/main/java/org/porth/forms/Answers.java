package org.porth.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A resident's answers to a form so far, by question id. Immutable. */
public record Answers(Map<String, Answer> byQuestion) {

    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        byQuestion = Map.copyOf(byQuestion);
    }

    public Optional<Answer> get(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId));
    }

    /** The ids of every file the answers name. */
    public Set<String> fileIds() {
        return byQuestion.values().stream().flatMap(answer -> answer.values(Answer.FILE).stream())
                .collect(Collectors.toSet());
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

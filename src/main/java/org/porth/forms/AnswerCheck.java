package org.porth.forms;

import java.util.List;
import java.util.Optional;


/**
 * The outcome of checking one answer: valid (normalised, or empty when an optional question was left
 * blank), or the errors to show. An invalid answer has no normalised form; the form keeps what the
 * resident typed.
 */
public record AnswerCheck(Optional<Answer> answer, List<FieldError> errors) {

    public AnswerCheck {
        errors = List.copyOf(errors);
        if (answer.isPresent() && !errors.isEmpty()) {
            throw new IllegalArgumentException("an answer with errors has no normalised form");
        }
    }

    static AnswerCheck valid(Answer answer) {
        return new AnswerCheck(Optional.of(answer), List.of());
    }

    static AnswerCheck blank() {
        return new AnswerCheck(Optional.empty(), List.of());
    }

    static AnswerCheck invalid(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid answer needs at least one error");
        }
        return new AnswerCheck(Optional.empty(), errors);
    }

    static AnswerCheck invalid(FieldError error) {
        return invalid(List.of(error));
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}

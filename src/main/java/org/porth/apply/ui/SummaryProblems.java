package org.porth.apply.ui;

import java.util.List;
import java.util.function.BiFunction;

import org.porth.forms.FieldError;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary.Problem;

/** A form's answer errors as the kit's error summary lists them: each links to its question's input. */
final class SummaryProblems {

    private SummaryProblems() {
    }

    /** @param target the id of the element to focus for an error, by question id and field */
    static List<Problem> of(List<FieldError> errors, Language language, BiFunction<String, String, String> target) {
        return errors.stream()
                .map(error -> new Problem(target.apply(error.questionId(), error.field()), error.message().in(language)))
                .toList();
    }
}

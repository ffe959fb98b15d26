package org.porth.apply.ui;

import java.util.List;
import java.util.function.BiFunction;

import org.porth.forms.FieldError;
import org.porth.shared.Language;

/** The error summary for a form's answers: each error links to the input of its question and field. */
class ErrorSummary extends org.porth.shell.ErrorSummary {

    /**
     * @param target the id of the element to focus for an error
     */
    void show(List<FieldError> errors, Language language, BiFunction<String, String, String> target) {
        show(errors.stream()
                .map(error -> new Problem(target.apply(error.questionId(), error.field()), error.message().in(language)))
                .toList());
    }
}

package org.porth.apply.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.porth.catalogue.Question;
import org.porth.forms.Answer;
import org.porth.forms.FieldError;

/** The inputs for one question on a form page: shows an answer, reads what was typed, shows errors. */
abstract class QuestionInput {

    protected final Labels labels;

    QuestionInput(Labels labels) {
        this.labels = labels;
    }

    final Question question() {
        return labels.question();
    }

    abstract Component component();

    /** What the resident entered, exactly as entered (validation happens on the server). */
    abstract Answer read();

    abstract void show(Answer answer);

    /** Marks the inputs the errors are about, with their messages; no errors clears them. */
    abstract void showErrors(List<FieldError> errors);

    /** The id of the element an error-summary link for {@code field} should move focus to. */
    String focusTarget(String field) {
        return Ids.of(question().id());
    }
}

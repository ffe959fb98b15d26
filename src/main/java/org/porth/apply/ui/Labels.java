package org.porth.apply.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.shared.HasValidationProperties;
import org.porth.catalogue.Question;
import org.porth.forms.FieldError;
import org.porth.shared.Language;

/**
 * How a question is labelled: by its own label, or, when it is the only question on the page, by
 * the page heading that shows the label (the GOV.UK pattern), so the words are not said twice.
 */
record Labels(Question question, Language language, Component heading) {

    String label() {
        return question.label().in(language);
    }

    Optional<String> hint() {
        return Optional.ofNullable(question.hint()).map(hint -> hint.in(language));
    }

    <F extends Component & HasLabel & HasAriaLabel> void apply(F field) {
        if (heading == null) {
            field.setLabel(label());
        } else {
            field.setAriaLabelledBy(heading);
        }
    }

    /** The message of the first error about {@code field} (null: the question as a whole), if any. */
    Optional<String> messageFor(List<FieldError> errors, String field) {
        return errors.stream()
                .filter(error -> field == null ? error.field() == null : field.equals(error.field()))
                .findFirst()
                .map(error -> error.message().in(language));
    }

    static void mark(HasValidationProperties field, Optional<String> message) {
        field.setInvalid(message.isPresent());
        field.setErrorMessage(message.orElse(null));
    }
}

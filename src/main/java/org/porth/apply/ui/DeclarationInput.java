package org.porth.apply.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import org.porth.forms.Answer;
import org.porth.forms.FieldError;
import org.porth.shell.ErrorMessage;
import org.porth.shell.Hint;

/** "I confirm that ...": one box the resident ticks. */
final class DeclarationInput extends QuestionInput {

    static final String CONFIRMED = "confirmed";

    private final Checkbox box = new Checkbox();
    private final ErrorMessage error = new ErrorMessage(null);
    private final Div frame;

    DeclarationInput(Labels labels) {
        super(labels);
        box.setId(Ids.of(labels.question().id()));
        box.setLabel(labels.label());
        box.setManualValidation(true);
        frame = new Div(error, box);
        frame.addClassName("porth-question");
        labels.hint().ifPresent(hint -> frame.addComponentAsFirst(new Hint(null, hint)));
    }

    @Override
    Component component() {
        return frame;
    }

    @Override
    Answer read() {
        return box.getValue() ? Answer.of(CONFIRMED) : new Answer(Map.of());
    }

    @Override
    void show(Answer answer) {
        box.setValue(answer.value().filter(CONFIRMED::equals).isPresent());
    }

    @Override
    void showErrors(List<FieldError> errors) {
        var message = errors.stream().findFirst().map(e -> e.message().in(labels.language()));
        error.show(message.orElse(null));
        box.setInvalid(message.isPresent());
        frame.setClassName("porth-form-group--error", message.isPresent());
    }
}

package org.porth.apply.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.forms.Answer;
import org.porth.forms.FieldError;

/** "I confirm that ...": one box the resident ticks. */
final class DeclarationInput extends QuestionInput {

    static final String CONFIRMED = "confirmed";

    private final Checkbox box = new Checkbox();
    private final Paragraph error = new Paragraph();
    private final Div frame;

    DeclarationInput(Labels labels) {
        super(labels);
        box.setId(Ids.of(labels.question().id()));
        box.setLabel(labels.label());
        box.setManualValidation(true);
        error.addClassName("porth-error-message");
        error.setVisible(false);
        frame = new Div(error, box);
        frame.addClassName("porth-question");
        labels.hint().ifPresent(hint -> frame.addComponentAsFirst(hintParagraph(hint)));
    }

    private static Paragraph hintParagraph(String hint) {
        Paragraph paragraph = new Paragraph(hint);
        paragraph.addClassName("porth-hint");
        return paragraph;
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
        error.setText(message.orElse(""));
        error.setVisible(message.isPresent());
        box.setInvalid(message.isPresent());
        frame.setClassName("porth-form-group--error", message.isPresent());
    }
}

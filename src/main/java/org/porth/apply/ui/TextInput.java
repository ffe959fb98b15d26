package org.porth.apply.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.forms.Answer;
import org.porth.forms.FieldError;

/** Short and long text, numbers, money, email, phone and postcode: one box each. */
final class TextInput extends QuestionInput {

    private static final Map<String, Autocomplete> PREFILL_PURPOSE = Map.of(
            "name", Autocomplete.NAME, "email", Autocomplete.EMAIL, "phone", Autocomplete.TEL);
    private static final Map<QuestionType, Autocomplete> TYPE_PURPOSE = Map.of(
            QuestionType.EMAIL, Autocomplete.EMAIL, QuestionType.UK_PHONE, Autocomplete.TEL,
            QuestionType.UK_POSTCODE, Autocomplete.POSTAL_CODE);
    private static final Map<QuestionType, String> WIDTH = Map.of(
            QuestionType.NUMBER, "porth-input--short", QuestionType.MONEY, "porth-input--short",
            QuestionType.UK_POSTCODE, "porth-input--short", QuestionType.UK_PHONE, "porth-input--medium");

    private final TextFieldBase<?, String> field;

    TextInput(Labels labels) {
        super(labels);
        Question question = labels.question();
        if (question.type() == QuestionType.LONG_TEXT) {
            TextArea area = new TextArea();
            labels.apply(area);
            labels.hint().ifPresent(area::setHelperText);
            field = area;
        } else {
            TextField box = new TextField();
            labels.apply(box);
            labels.hint().ifPresent(box::setHelperText);
            if (question.type() == QuestionType.MONEY) {
                box.setPrefixComponent(new Span("£"));
            }
            field = box;
        }
        field.setId(Ids.of(question.id()));
        field.setManualValidation(true);
        field.addClassName("porth-question");
        field.addClassName(WIDTH.getOrDefault(question.type(), "porth-input--long"));
        purpose(question).ifPresent(field::setAutocomplete);
        if (question.type() == QuestionType.EMAIL || question.type() == QuestionType.UK_POSTCODE) {
            field.getElement().setAttribute("spellcheck", "false");
        }
        if (question.type() == QuestionType.NUMBER || question.type() == QuestionType.MONEY) {
            field.getElement().setAttribute("inputmode", "decimal");
        }
    }

    /** WCAG 1.3.5: inputs about the resident say what they are for, so browsers can fill them. */
    private static java.util.Optional<Autocomplete> purpose(Question question) {
        Autocomplete purpose = question.prefill() == null ? null : PREFILL_PURPOSE.get(question.prefill());
        return java.util.Optional.ofNullable(purpose != null ? purpose : TYPE_PURPOSE.get(question.type()));
    }

    @Override
    Component component() {
        return field;
    }

    @Override
    Answer read() {
        return Answer.of(field.getValue());
    }

    @Override
    void show(Answer answer) {
        field.setValue(answer.value().orElse(""));
    }

    @Override
    void showErrors(List<FieldError> errors) {
        Labels.mark(field, errors.stream().findFirst().map(error -> error.message().in(labels.language())));
    }
}

package org.porth.apply.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.porth.catalogue.Option;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.Text;
import org.porth.forms.Answer;
import org.porth.forms.FieldError;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/** Yes or no, and one of several options: radio buttons. */
final class ChoiceInput extends QuestionInput {

    private final RadioButtonGroup<String> group = new RadioButtonGroup<>();

    ChoiceInput(Labels labels) {
        super(labels);
        Question question = labels.question();
        List<Option> options = question.type() == QuestionType.YES_NO ? yesNo() : question.options();
        group.setId(Ids.of(question.id()));
        group.addClassName("porth-question");
        labels.apply(group);
        labels.hint().ifPresent(group::setHelperText);
        group.setManualValidation(true);
        group.setItems(options.stream().map(Option::value).toList());
        group.setRenderer(new ComponentRenderer<>(value -> optionLabel(options, value)));
    }

    private static List<Option> yesNo() {
        return List.of(new Option("yes", both("form.answer.yes"), null), new Option("no", both("form.answer.no"), null));
    }

    private static Text both(String key) {
        return new Text(Translations.get(Language.ENGLISH, key), Translations.get(Language.WELSH, key));
    }

    private Component optionLabel(List<Option> options, String value) {
        Option option = options.stream().filter(o -> o.value().equals(value)).findFirst().orElseThrow();
        Span label = new Span(option.label().in(labels.language()));
        if (option.hint() == null) {
            return label;
        }
        Span hint = new Span(option.hint().in(labels.language()));
        hint.addClassName("porth-hint");
        Div both = new Div(label, hint);
        both.addClassName("porth-option");
        return both;
    }

    @Override
    Component component() {
        return group;
    }

    @Override
    Answer read() {
        return group.getValue() == null ? new Answer(Map.of()) : Answer.of(group.getValue());
    }

    @Override
    void show(Answer answer) {
        group.setValue(answer.value().filter(value -> group.getListDataView().contains(value)).orElse(null));
    }

    @Override
    void showErrors(List<FieldError> errors) {
        Labels.mark(group, errors.stream().findFirst().map(error -> error.message().in(labels.language())));
    }
}

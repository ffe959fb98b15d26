package org.porth.apply.ui;

import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import org.porth.catalogue.Option;
import org.porth.catalogue.Question;
import org.porth.forms.Answer;
import org.porth.forms.FieldError;

/** Several of several options: checkboxes, in the order the service lists them. */
final class CheckboxesInput extends QuestionInput {

    private final CheckboxGroup<String> group = new CheckboxGroup<>();

    CheckboxesInput(Labels labels) {
        super(labels);
        Question question = labels.question();
        group.setId(Ids.of(question.id()));
        group.addClassName("porth-question");
        labels.apply(group);
        labels.hint().ifPresent(group::setHelperText);
        group.setManualValidation(true);
        group.setItems(question.options().stream().map(Option::value).toList());
        group.setItemLabelGenerator(value -> question.options().stream()
                .filter(option -> option.value().equals(value)).findFirst().orElseThrow()
                .label().in(labels.language()));
    }

    @Override
    Component component() {
        return group;
    }

    @Override
    Answer read() {
        List<String> chosen = question().options().stream().map(Option::value)
                .filter(group.getValue()::contains).toList();
        return Answer.ofAll(chosen);
    }

    @Override
    void show(Answer answer) {
        group.setValue(new LinkedHashSet<>(answer.values(Answer.VALUE).stream()
                .filter(value -> group.getListDataView().contains(value)).toList()));
    }

    @Override
    void showErrors(List<FieldError> errors) {
        Labels.mark(group, errors.stream().findFirst().map(error -> error.message().in(labels.language())));
    }
}

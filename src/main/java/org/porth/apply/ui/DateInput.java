package org.porth.apply.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import org.porth.catalogue.Question;
import org.porth.forms.Answer;
import org.porth.forms.FieldError;

/** A date as day, month and year boxes in a group (the GOV.UK date input), not only a picker. */
final class DateInput extends QuestionInput {

    static final List<String> PARTS = List.of("day", "month", "year");
    private static final Map<String, Autocomplete> BIRTHDAY = Map.of(
            "day", Autocomplete.BDAY_DAY, "month", Autocomplete.BDAY_MONTH, "year", Autocomplete.BDAY_YEAR);

    private final FieldSet group = new FieldSet();
    private final Paragraph error = new Paragraph();
    private final Map<String, TextField> parts = new LinkedHashMap<>();

    DateInput(Labels labels) {
        super(labels);
        Question question = labels.question();
        group.setId(Ids.of(question.id()));
        group.addClassName("porth-question");
        group.addClassName("porth-date-fields");
        if (labels.heading() == null) {
            group.setLegendText(labels.label());
        } else {
            group.getElement().setAttribute("aria-labelledby", labels.heading().getId().orElseThrow());
        }
        Div boxes = new Div();
        boxes.addClassName("porth-date-fields__parts");
        for (String part : PARTS) {
            TextField box = new TextField(group.getTranslation("form.date.label." + part));
            box.setId(Ids.of(question.id(), part));
            box.setManualValidation(true);
            box.getElement().setAttribute("inputmode", "numeric");
            box.addClassName("porth-date-fields__" + part);
            if ("date-of-birth".equals(question.prefill())) {
                box.setAutocomplete(BIRTHDAY.get(part));
            }
            parts.put(part, box);
            boxes.add(box);
        }
        error.addClassName("porth-error-message");
        error.setId(Ids.of(question.id(), "error"));
        error.setVisible(false);
        labels.hint().ifPresent(hint -> {
            Paragraph hintText = new Paragraph(hint);
            hintText.addClassName("porth-hint");
            group.add(hintText);
        });
        group.add(error, boxes);
    }

    @Override
    Component component() {
        return group;
    }

    @Override
    Answer read() {
        Map<String, List<String>> fields = new HashMap<>();
        parts.forEach((part, box) -> fields.put(part, List.of(box.getValue())));
        return new Answer(fields);
    }

    @Override
    void show(Answer answer) {
        parts.forEach((part, box) -> box.setValue(answer.field(part).orElse("")));
    }

    /** One message for the group; the boxes it is about are marked (all of them when it is about the date). */
    @Override
    void showErrors(List<FieldError> errors) {
        Optional<FieldError> first = errors.stream().findFirst();
        error.setText(first.map(e -> e.message().in(labels.language())).orElse(""));
        error.setVisible(first.isPresent());
        parts.forEach((part, box) -> box.setInvalid(first.isPresent()
                && (first.get().field() == null || part.equals(first.get().field()))));
    }

    @Override
    String focusTarget(String field) {
        return Ids.of(labels.question().id(), field == null || !parts.containsKey(field) ? "day" : field);
    }
}

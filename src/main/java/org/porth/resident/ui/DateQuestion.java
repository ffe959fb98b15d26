package org.porth.resident.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import org.porth.shell.ErrorSummary.Problem;

/**
 * The GOV.UK date input: a fieldset whose legend is the page's heading, a hint, and day, month and
 * year boxes; an error marks only the boxes it is about.
 */
class DateQuestion extends FieldSet {

    private final String id;
    private final Div group = new Div();
    private final FieldError error;
    private final Map<String, Input> boxes;

    DateQuestion(String id, String heading, String hint) {
        this.id = id;
        addClassName("porth-fieldset");
        H1 title = new H1(heading);
        title.addClassName("porth-fieldset__heading");
        Legend legend = new Legend();
        legend.add(title);
        legend.addClassName("porth-fieldset__legend");
        addComponentAsFirst(legend);
        Div hintText = new Div(hint);
        hintText.setId(id + "-hint");
        hintText.addClassName("porth-hint");
        error = new FieldError(id + "-error");
        boxes = Map.of(DateAnswer.DAY, box(DateAnswer.DAY, "bday-day", 2),
                DateAnswer.MONTH, box(DateAnswer.MONTH, "bday-month", 2),
                DateAnswer.YEAR, box(DateAnswer.YEAR, "bday-year", 4));
        Div inputs = new Div(item(DateAnswer.DAY), item(DateAnswer.MONTH), item(DateAnswer.YEAR));
        inputs.addClassName("porth-date-input");
        getElement().setAttribute("aria-describedby", hintText.getId().orElseThrow());
        group.addClassName("porth-form-group");
        group.add(hintText, error, inputs);
        add(group);
    }

    void setValue(LocalDate date) {
        if (date != null) {
            boxes.get(DateAnswer.DAY).setValue(String.valueOf(date.getDayOfMonth()));
            boxes.get(DateAnswer.MONTH).setValue(String.valueOf(date.getMonthValue()));
            boxes.get(DateAnswer.YEAR).setValue(String.valueOf(date.getYear()));
        }
    }

    DateAnswer answer(LocalDate today) {
        return DateAnswer.of(text(DateAnswer.DAY), text(DateAnswer.MONTH), text(DateAnswer.YEAR), today);
    }

    Input box(String part) {
        return boxes.get(part);
    }

    /** Shows the message on the boxes of the answer's problem; none when it is valid. */
    Optional<Problem> problem(DateAnswer answer, String message) {
        error.show(answer.valid() ? null : message);
        group.setClassName("porth-form-group--error", !answer.valid());
        boxes.forEach((part, box) -> box.setClassName("porth-input--error", answer.parts().contains(part)));
        getElement().setAttribute("aria-describedby", id + "-hint" + (answer.valid() ? "" : " " + id + "-error"));
        if (answer.valid()) {
            return Optional.empty();
        }
        // the summary links to the first box with the problem
        String first = Stream.of(DateAnswer.DAY, DateAnswer.MONTH, DateAnswer.YEAR)
                .filter(answer.parts()::contains).findFirst().orElseThrow();
        return Optional.of(new Problem(id + "-" + first, message));
    }

    private Input box(String part, String autocomplete, int width) {
        Input input = new Input();
        input.setId(id + "-" + part);
        input.addClassNames("porth-input", "porth-input--width-" + width);
        input.getElement().setAttribute("inputmode", "numeric");
        input.getElement().setAttribute("autocomplete", autocomplete);
        return input;
    }

    private Div item(String part) {
        NativeLabel label = new NativeLabel(getTranslation("my-account.date-page." + part));
        label.setFor(id + "-" + part);
        label.addClassName("porth-date-input__label");
        Div item = new Div(label, boxes.get(part));
        item.addClassName("porth-date-input__item");
        return item;
    }

    private String text(String part) {
        String value = boxes.get(part).getValue();
        return value == null ? "" : value;
    }
}

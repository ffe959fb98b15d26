package org.porth.booking.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.porth.shell.ErrorSummary.Problem;

/**
 * The other way to choose a day: type a date (or use the browser's date picker). The date is
 * checked on the server against the days with space, and a day that cannot be booked is said so
 * next to the input, keeping what was typed.
 */
class DateChoice extends Section {

    static final String INPUT_ID = "booking-date";

    private final Input input = new Input(ValueChangeMode.EAGER);
    private final Paragraph error = new Paragraph();
    private final Div group = new Div();

    /**
     * @param check    the message that says why the date cannot be chosen, or empty when it can
     * @param chosen   where a date that can be chosen goes
     * @param problems the error summary's list, empty when all is well
     */
    DateChoice(Function<LocalDate, Optional<String>> check, Consumer<LocalDate> chosen,
            Consumer<List<Problem>> problems) {
        H2 heading = new H2(getTranslation("booking.date.heading"));
        heading.addClassName("porth-heading-m");
        NativeLabel label = new NativeLabel(getTranslation("booking.date.label"));
        label.setFor(INPUT_ID);
        label.addClassName("porth-label");
        Div hint = new Div(getTranslation("booking.date.hint"));
        hint.setId(INPUT_ID + "-hint");
        hint.addClassName("porth-hint");
        error.setId(INPUT_ID + "-error");
        error.addClassName("porth-error-message");
        error.setVisible(false);
        input.setId(INPUT_ID);
        input.setType("date");
        input.addClassNames("porth-input", "porth-input--width-10");
        input.getElement().setAttribute("aria-describedby", hint.getId().orElseThrow());
        group.addClassName("porth-form-group");
        group.add(label, hint, error, input);
        NativeButton go = new NativeButton(getTranslation("booking.date.continue"), click -> {
            String message = message(check);
            show(message);
            problems.accept(message == null ? List.of() : List.of(new Problem(INPUT_ID, message)));
            if (message == null) {
                chosen.accept(LocalDate.parse(input.getValue()));
            }
        });
        go.addClassName("porth-button");
        go.addClickShortcut(Key.ENTER).listenOn(input);
        add(heading, group, go);
    }

    void setValue(String value) {
        input.setValue(value);
    }

    private String message(Function<LocalDate, Optional<String>> check) {
        String value = input.getValue() == null ? "" : input.getValue().strip();
        if (value.isEmpty()) {
            return getTranslation("booking.date.required");
        }
        try {
            return check.apply(LocalDate.parse(value)).orElse(null);
        } catch (DateTimeParseException e) {
            return getTranslation("booking.date.required");
        }
    }

    private void show(String message) {
        error.removeAll();
        if (message != null) {
            Span prefix = new Span(getTranslation("my-account.form.error-prefix") + " ");
            prefix.addClassName("porth-visually-hidden");
            error.add(prefix, new Text(message));
        }
        error.setVisible(message != null);
        group.setClassName("porth-form-group--error", message != null);
        input.setClassName("porth-input--error", message != null);
        input.getElement().setAttribute("aria-describedby",
                INPUT_ID + "-hint" + (message == null ? "" : " " + INPUT_ID + "-error"));
    }
}

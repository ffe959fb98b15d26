package org.porth.booking.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.porth.shell.ErrorSummary.Problem;
import org.porth.shell.TextInput;

/**
 * The other way to choose a day: type a date (or use the browser's date picker). The date is
 * checked on the server against the days with space, and a day that cannot be booked is said so
 * next to the input, keeping what was typed.
 */
class DateChoice extends Section {

    static final String INPUT_ID = "booking-date";

    private final TextInput date;

    /**
     * @param check    the message that says why the date cannot be chosen, or empty when it can
     * @param chosen   where a date that can be chosen goes
     * @param problems the error summary's list, empty when all is well
     */
    DateChoice(Function<LocalDate, Optional<String>> check, Consumer<LocalDate> chosen,
            Consumer<List<Problem>> problems) {
        H2 heading = new H2(getTranslation("booking.date.heading"));
        heading.addClassName("porth-heading-m");
        date = new TextInput(INPUT_ID, getTranslation("booking.date.label"), getTranslation("booking.date.hint"), false)
                .kind("date", null).width("porth-input--width-10");
        Input input = date.input();
        input.setValueChangeMode(ValueChangeMode.EAGER);
        NativeButton go = new NativeButton(getTranslation("booking.date.continue"), click -> {
            String message = message(check);
            problems.accept(date.problem(message).stream().toList());
            if (message == null) {
                chosen.accept(LocalDate.parse(date.value()));
            }
        });
        go.addClassName("porth-button");
        go.addClickShortcut(Key.ENTER).listenOn(input);
        add(heading, date, go);
    }

    void setValue(String value) {
        date.setValue(value);
    }

    private String message(Function<LocalDate, Optional<String>> check) {
        String value = date.value();
        if (value.isEmpty()) {
            return getTranslation("booking.date.required");
        }
        try {
            return check.apply(LocalDate.parse(value)).orElse(null);
        } catch (DateTimeParseException e) {
            return getTranslation("booking.date.required");
        }
    }
}

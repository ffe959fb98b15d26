package org.porth.resident.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import org.porth.shell.ErrorSummary.Problem;

/**
 * A GOV.UK text input: label (the page's heading when it is the page's only question), hint, the
 * error message above the input, and the input, described by the hint and the error.
 */
class TextQuestion extends Div {

    private final Input input = new Input();
    private final FieldError error;
    private final String hintId;

    /**
     * @param hint null for none
     */
    TextQuestion(String id, String label, String hint, boolean pageHeading) {
        addClassName("porth-form-group");
        NativeLabel labelElement = new NativeLabel(label);
        labelElement.setFor(id);
        labelElement.addClassName("porth-label");
        if (pageHeading) {
            labelElement.addClassName("porth-label--l");
            H1 heading = new H1(labelElement);
            heading.addClassName("porth-label-wrapper");
            add(heading);
        } else {
            add(labelElement);
        }
        hintId = hint == null ? null : id + "-hint";
        if (hint != null) {
            Div hintText = new Div(hint);
            hintText.setId(hintId);
            hintText.addClassName("porth-hint");
            add(hintText);
        }
        error = new FieldError(id + "-error");
        input.setId(id);
        input.addClassName("porth-input");
        input.getElement().setAttribute("spellcheck", "false");
        describe(false);
        add(error, input);
    }

    /** The input's type ({@code tel}, {@code email}) and what the browser may fill it with. */
    TextQuestion kind(String type, String autocomplete) {
        input.setType(type);
        input.getElement().setAttribute("autocomplete", autocomplete);
        return this;
    }

    /** A narrower input for short answers: {@code porth-input--width-10} for a phone number. */
    TextQuestion width(String widthClass) {
        input.addClassName(widthClass);
        return this;
    }

    String value() {
        return input.getValue() == null ? "" : input.getValue().strip();
    }

    void setValue(String value) {
        input.setValue(value == null ? "" : value);
    }

    Input input() {
        return input;
    }

    /** Shows the message, or clears the error when it is null; the problem for the error summary. */
    Optional<Problem> problem(String message) {
        error.show(message);
        setClassName("porth-form-group--error", message != null);
        input.setClassName("porth-input--error", message != null);
        describe(message != null);
        return Optional.ofNullable(message).map(text -> new Problem(input.getId().orElseThrow(), text));
    }

    private void describe(boolean withError) {
        String describedBy = ((hintId == null ? "" : hintId) + (withError ? " " + error.getId().orElseThrow() : "")).strip();
        if (describedBy.isEmpty()) {
            input.getElement().removeAttribute("aria-describedby");
        } else {
            input.getElement().setAttribute("aria-describedby", describedBy);
        }
    }
}

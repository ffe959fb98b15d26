package org.porth.shell;

import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import org.porth.shell.ErrorSummary.Problem;

/**
 * The GOV.UK text input: label (the page's heading when it is the page's only question), hint, the
 * error message above the input, and the input, described by the hint and the error.
 */
public class TextInput extends Div {

    private final Input input = new Input();
    private final ErrorMessage error;
    private final String hintId;

    /**
     * @param hint null for none
     */
    public TextInput(String id, String label, String hint, boolean pageHeading) {
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
            add(new Hint(hintId, hint));
        }
        error = new ErrorMessage(id + "-error");
        input.setId(id);
        input.addClassName("porth-input");
        describe(false);
        add(error, input);
    }

    /** The input's type ({@code tel}, {@code email}, {@code date}) and what the browser may fill it with (null: nothing). */
    public TextInput kind(String type, String autocomplete) {
        input.setType(type);
        if (autocomplete != null) {
            input.getElement().setAttribute("autocomplete", autocomplete);
        }
        return this;
    }

    /** For names, codes and addresses, which a spelling checker would only mark as wrong. */
    public TextInput withoutSpellcheck() {
        input.getElement().setAttribute("spellcheck", "false");
        return this;
    }

    /** A narrower input for short answers: {@code porth-input--width-10} for a phone number. */
    public TextInput width(String widthClass) {
        input.addClassName(widthClass);
        return this;
    }

    public String value() {
        return input.getValue() == null ? "" : input.getValue().strip();
    }

    public void setValue(String value) {
        input.setValue(value == null ? "" : value);
    }

    public Input input() {
        return input;
    }

    /** Shows the message, or clears the error when it is null; the problem for the error summary. */
    public Optional<Problem> problem(String message) {
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

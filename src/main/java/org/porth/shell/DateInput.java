package org.porth.shell;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.FieldSet.Legend;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import org.porth.shell.ErrorSummary.Problem;

/**
 * The GOV.UK date input: a fieldset with its legend, a hint, and day, month and year boxes (not a
 * picker); an error marks only the boxes it is about and the summary links to the first of them.
 * The boxes' ids are the fieldset's id and the part: {@code date-of-birth-month}.
 */
public class DateInput extends FieldSet {

    public static final String DAY = "day";
    public static final String MONTH = "month";
    public static final String YEAR = "year";
    public static final List<String> PARTS = List.of(DAY, MONTH, YEAR);
    private static final Map<String, Integer> WIDTHS = Map.of(DAY, 2, MONTH, 2, YEAR, 4);

    private final String id;
    private final String hintId;
    private final Div group = new Div();
    private final ErrorMessage error;
    private final Map<String, Input> boxes = new LinkedHashMap<>();

    /** @param hint null for none */
    public DateInput(String id, String hint) {
        this.id = id;
        setId(id);
        addClassName("porth-fieldset");
        hintId = hint == null ? null : id + "-hint";
        error = new ErrorMessage(id + "-error");
        Div inputs = new Div();
        inputs.addClassName("porth-date-input");
        PARTS.forEach(part -> inputs.add(item(part)));
        group.addClassName("porth-form-group");
        if (hint != null) {
            group.add(new Hint(hintId, hint));
        }
        group.add(error, inputs);
        add(group);
        describe(false);
    }

    /** The legend is the page's heading: the date is the page's only question. */
    public DateInput legendAsHeading(String heading) {
        H1 title = new H1(heading);
        title.addClassName("porth-fieldset__heading");
        return legend(title);
    }

    public DateInput legend(String text) {
        return legend(new Text(text));
    }

    /** Labelled by a heading already on the page, so its words are not said twice. */
    public DateInput labelledBy(Component heading) {
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return this;
    }

    /** WCAG 1.3.5: the boxes of a date of birth say so, so browsers can fill them. */
    public DateInput birthday() {
        boxes.forEach((part, box) -> box.getElement().setAttribute("autocomplete", "bday-" + part));
        return this;
    }

    public Input part(String part) {
        return boxes.get(part);
    }

    /** What was typed in the part, never null. */
    public String text(String part) {
        String value = boxes.get(part).getValue();
        return value == null ? "" : value;
    }

    public void setText(String part, String text) {
        boxes.get(part).setValue(text == null ? "" : text);
    }

    public void setValue(LocalDate date) {
        if (date != null) {
            setText(DAY, String.valueOf(date.getDayOfMonth()));
            setText(MONTH, String.valueOf(date.getMonthValue()));
            setText(YEAR, String.valueOf(date.getYear()));
        }
    }

    /**
     * Shows the message on the boxes of {@code parts} (null clears it); the problem for the error
     * summary, which links to the first box with the problem.
     */
    public Optional<Problem> problem(String message, Set<String> parts) {
        boolean wrong = message != null;
        error.show(message);
        group.setClassName("porth-form-group--error", wrong);
        boxes.forEach((part, box) -> box.setClassName("porth-input--error", wrong && parts.contains(part)));
        describe(wrong);
        return PARTS.stream().filter(part -> wrong && parts.contains(part)).findFirst()
                .map(first -> new Problem(id + "-" + first, message));
    }

    private DateInput legend(Component content) {
        Legend legend = new Legend();
        legend.add(content);
        legend.addClassName("porth-fieldset__legend");
        addComponentAsFirst(legend);
        return this;
    }

    private void describe(boolean withError) {
        String describedBy = ((hintId == null ? "" : hintId) + (withError ? " " + id + "-error" : "")).strip();
        if (describedBy.isEmpty()) {
            getElement().removeAttribute("aria-describedby");
        } else {
            getElement().setAttribute("aria-describedby", describedBy);
        }
    }

    private Div item(String part) {
        Input box = new Input();
        box.setId(id + "-" + part);
        box.addClassNames("porth-input", "porth-input--width-" + WIDTHS.get(part));
        box.getElement().setAttribute("inputmode", "numeric");
        boxes.put(part, box);
        NativeLabel label = new NativeLabel(getTranslation("form.date.label." + part));
        label.setFor(box.getId().orElseThrow());
        label.addClassName("porth-date-input__label");
        Div item = new Div(label, box);
        item.addClassName("porth-date-input__item");
        return item;
    }
}

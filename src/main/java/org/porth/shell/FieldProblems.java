package org.porth.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;

/**
 * The fields of a page's forms that a refusal can point at, and the error summary that lists it: a
 * problem is shown next to its field and at the top, and what was typed stays where it was.
 */
public final class FieldProblems {

    private final ErrorSummary summary = new ErrorSummary();
    private final Map<String, HasValidation> fields = new HashMap<>();

    public ErrorSummary summary() {
        return summary;
    }

    /** A field a refusal can point at; its id is the field's name. */
    public <T extends Component & HasValidation> T field(String name, T input) {
        input.setId(name);
        fields.put(name, input);
        return input;
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** No field is marked wrong any more (the summary stays until the next problem or page). */
    public void clear() {
        fields.values().forEach(input -> input.setInvalid(false));
    }

    /** Marks the field (when it is one of these) and lists the problem in the summary. */
    public void show(String field, String message) {
        clear();
        HasValidation input = fields.get(field);
        if (input != null) {
            input.setErrorMessage(message);
            input.setInvalid(true);
        }
        summary.show(List.of(new ErrorSummary.Problem(field, message)));
    }

    /** Form parts spaced as one group. */
    public static Div group(Component... parts) {
        Div group = new Div(parts);
        group.addClassName("porth-form-group");
        return group;
    }
}

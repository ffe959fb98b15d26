package org.porth.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.shared.ActionRefused;

/**
 * The small form helper: the fields of a page's forms that a refusal can point at, and the error
 * summary that lists it. An action refused ({@link ActionRefused}) is shown next to its field and
 * at the top, and what was typed stays where it was. Pages with more to do after an action (a
 * notice, a case changed meanwhile) extend it.
 */
public class FieldProblems {

    private final ErrorSummary summary;
    private final Map<String, HasValidation> fields = new HashMap<>();

    public FieldProblems() {
        this(new ErrorSummary());
    }

    /** @param summary the page's summary, when forms with their own fields share it */
    public FieldProblems(ErrorSummary summary) {
        this.summary = summary;
    }

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
        show(field, List.of(message));
    }

    /** Several problems with one field (files refused together), each listed in the summary. */
    public void show(String field, List<String> messages) {
        clear();
        HasValidation input = fields.get(field);
        if (input != null) {
            input.setErrorMessage(String.join(" ", messages));
            input.setInvalid(true);
        }
        summary.show(messages.stream().map(message -> new ErrorSummary.Problem(field, message)).toList());
    }

    /** A long text a refusal can point at, as long as the service takes. */
    public TextArea area(String name, String label, int maxLength) {
        TextArea area = field(name, new TextArea(label));
        area.setMaxLength(maxLength);
        area.setWidthFull();
        return area;
    }

    /**
     * Runs the action after clearing the fields' problems. When it is refused, says why next to the
     * refusal's field, or next to {@code otherwise} (a button, say) when that field is not one of
     * these (null: the refusal's own field, for the summary only).
     *
     * @return what the action answered; empty when it was refused
     */
    public <R> Optional<R> attempt(String otherwise, Supplier<R> action) {
        clear();
        try {
            return Optional.of(action.get());
        } catch (ActionRefused refused) {
            String field = (refused.field() != null && has(refused.field())) || otherwise == null ? refused.field() : otherwise;
            show(field, summary.getTranslation(refused.messageKey()));
            return Optional.empty();
        }
    }

    /** The kit's primary button. */
    public static NativeButton button(String label, Runnable click) {
        NativeButton button = new NativeButton(label, event -> click.run());
        button.addClassName("porth-button");
        return button;
    }

    /** Form parts spaced as one group. */
    public static Div group(Component... parts) {
        Div group = new Div(parts);
        group.addClassName("porth-form-group");
        return group;
    }
}

package org.porth.devices.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import org.porth.devices.registry.DraftProblem;
import org.porth.shell.ErrorSummary;

/**
 * The registration form's fields by their draft names, labelled from the bundle
 * ({@code devices.field.<name>}), and every problem of a check shown at once: next to each field
 * and in the error summary, in the form's order.
 */
final class DraftFields {

    private final ErrorSummary summary = new ErrorSummary();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    ErrorSummary summary() {
        return summary;
    }

    <T extends Component & HasValidation & HasLabel> T field(String name, T input) {
        input.setId(name);
        input.setLabel(summary.getTranslation("registry.field." + name));
        fields.put(name, input);
        return input;
    }

    TextField text(String name) {
        TextField field = field(name, new TextField());
        field.setWidthFull();
        return field;
    }

    /** @return true when there are none (every field is cleared) */
    boolean show(List<DraftProblem> problems) {
        fields.values().forEach(input -> input.setInvalid(false));
        Map<String, List<String>> byField = problems.stream().collect(Collectors.groupingBy(DraftProblem::field,
                LinkedHashMap::new, Collectors.mapping(problem -> summary.getTranslation(problem.messageKey()),
                        Collectors.toList())));
        byField.forEach((name, messages) -> {
            HasValidation input = fields.get(name);
            if (input != null) {
                input.setErrorMessage(String.join(" ", messages));
                input.setInvalid(true);
            }
        });
        summary.show(fields.keySet().stream().filter(byField::containsKey).flatMap(name -> byField.get(name).stream()
                .map(message -> new ErrorSummary.Problem(name, message))).toList());
        return problems.isEmpty();
    }
}

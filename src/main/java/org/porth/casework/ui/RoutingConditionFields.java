package org.porth.casework.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.casework.routing.AnswerCondition;
import org.porth.casework.routing.RoutingChoices;
import org.porth.casework.routing.RoutingProblem;
import org.porth.casework.routing.RoutingQuestion;
import org.porth.catalogue.Option;
import org.porth.shared.Language;

/**
 * One condition of a rule: the question, picked from the service's, and the answers that match,
 * ticked from the question's own or, for an answer in the resident's words, typed one a line.
 * Choosing another question offers its answers. A question or answer the YAML names that the
 * service does not ask is still shown, so that it is corrected, not silently dropped.
 */
final class RoutingConditionFields extends Div {

    private final Select<String> question = new Select<>();
    private final Div answers = new Div();
    private final RoutingChoices choices;
    private final Language language;
    private final String valuesId;
    private CheckboxGroup<String> ticked;
    private TextArea typed;

    RoutingConditionFields(int rule, int number, AnswerCondition condition, RoutingChoices choices, Language language,
            Runnable remove) {
        this.choices = choices;
        this.language = language;
        this.valuesId = RoutingProblem.conditionField(rule, number, "values");
        addClassName("porth-routing-condition");
        question.setId(RoutingProblem.conditionField(rule, number, "question"));
        question.setLabel(getTranslation("casework-rules.condition.question", number));
        List<String> ids = choices.questions().stream().map(RoutingQuestion::id).toList();
        question.setItems(condition.question().isEmpty() || ids.contains(condition.question()) ? ids
                : append(ids, condition.question()));
        question.setEmptySelectionAllowed(true);
        question.setEmptySelectionCaption(getTranslation("casework-rules.condition.question.none"));
        question.setItemLabelGenerator(id -> id == null ? "" : choices.question(id)
                .map(found -> found.label().in(language)).orElse(getTranslation("casework-rules.condition.question.unknown", id)));
        question.setValue(condition.question().isEmpty() ? null : condition.question());
        showAnswers(condition.values());
        question.addValueChangeListener(chosen -> showAnswers(List.of()));
        NativeButton removal = new NativeButton(getTranslation("casework-rules.condition.remove", rule, number), click -> remove.run());
        removal.addClassNames("porth-button", "porth-button--secondary");
        removal.setId(RoutingProblem.conditionField(rule, number, "remove"));
        add(question, answers, removal);
    }

    void focusQuestion() {
        question.focus();
    }

    AnswerCondition value() {
        List<String> values = ticked != null ? List.copyOf(ticked.getValue())
                : typed != null ? typed.getValue().lines().toList() : List.of();
        return new AnswerCondition(question.getValue(), ticked != null ? inOptionOrder(values) : values);
    }

    /** The condition's fields a problem can be shown next to, by id. */
    Map<String, HasValidation> fields() {
        Component values = ticked != null ? ticked : typed;
        return values == null ? Map.of(question.getId().orElseThrow(), question)
                : Map.of(question.getId().orElseThrow(), question, valuesId, (HasValidation) values);
    }

    private void showAnswers(List<String> values) {
        answers.removeAll();
        ticked = null;
        typed = null;
        RoutingQuestion chosen = question.getValue() == null ? null : choices.question(question.getValue()).orElse(null);
        if (chosen == null && question.getValue() == null) {
            return;
        }
        if (chosen != null && !chosen.freeText()) {
            ticked = new CheckboxGroup<>(getTranslation("casework-rules.condition.choose"));
            List<String> offered = chosen.options().stream().map(Option::value).toList();
            ticked.setItems(Stream.concat(offered.stream(), values.stream().filter(value -> !offered.contains(value))).toList());
            ticked.setItemLabelGenerator(value -> chosen.options().stream().filter(option -> option.value().equals(value))
                    .findFirst().map(option -> option.label().in(language))
                    .orElse(getTranslation("casework-rules.condition.answer.unknown", value)));
            ticked.setValue(Set.copyOf(values));
            ticked.setId(valuesId);
            answers.add(ticked);
        } else {
            typed = new TextArea(getTranslation("casework-rules.condition.type"));
            typed.setHelperText(getTranslation("casework-rules.condition.type.hint"));
            typed.setValue(String.join("\n", values));
            typed.setId(valuesId);
            typed.setWidthFull();
            answers.add(typed);
        }
    }

    private List<String> inOptionOrder(List<String> values) {
        List<String> offered = choices.question(question.getValue()).orElseThrow().options().stream().map(Option::value).toList();
        return Stream.concat(offered.stream().filter(values::contains), values.stream().filter(value -> !offered.contains(value)))
                .toList();
    }

    private static List<String> append(List<String> ids, String id) {
        return Stream.concat(ids.stream(), Stream.of(id)).toList();
    }
}

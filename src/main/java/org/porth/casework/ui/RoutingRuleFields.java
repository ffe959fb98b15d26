package org.porth.casework.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.porth.casework.Priority;
import org.porth.casework.routing.AnswerCondition;
import org.porth.casework.routing.RoutingChoices;
import org.porth.casework.routing.RoutingProblem;
import org.porth.casework.routing.RoutingRuleForm;
import org.porth.shared.Language;

/**
 * One rule in the routing form, in a fieldset named by its number: its name, its conditions on the
 * answers, the flags the request must have raised, the queue and the priority. Adding or removing a
 * condition, moving or removing the rule is handed to the form, which shows the rules again.
 */
final class RoutingRuleFields extends FieldSet {

    /** What the rule's buttons ask the form to do with the rule as it now stands. */
    enum Change { ADD_CONDITION, MOVE_UP, REMOVE }

    private final TextField name = new TextField();
    private final List<RoutingConditionFields> conditions = new ArrayList<>();
    private final CheckboxGroup<String> flags = new CheckboxGroup<>();
    private final Select<String> queue = new Select<>();
    private final Select<Priority> priority = new Select<>();
    private final RoutingRuleForm rule;
    private final boolean flagsOffered;

    /** @param removeCondition asked with the rule as it stands without that condition */
    RoutingRuleFields(int number, RoutingRuleForm rule, RoutingChoices choices, Language language,
            Consumer<Change> change, Consumer<RoutingRuleForm> removeCondition) {
        this.rule = rule;
        this.flagsOffered = !choices.flags().isEmpty();
        setLegendText(getTranslation("casework-rules.rule.legend", number));
        addClassName("porth-routing-rule");
        name.setId(RoutingProblem.ruleField(number, "name"));
        name.setLabel(getTranslation("casework-rules.rule.name"));
        name.setHelperText(getTranslation("casework-rules.rule.name.hint"));
        name.setValue(rule.name());
        name.setWidthFull();
        add(name);
        for (int index = 0; index < rule.conditions().size(); index++) {
            int without = index;
            conditions.add(new RoutingConditionFields(number, index + 1, rule.conditions().get(index), choices, language,
                    () -> removeCondition.accept(withConditions(conditionsWithout(without)))));
        }
        conditions.forEach(this::add);
        add(button(number, "add-condition", getTranslation("casework-rules.condition.add", number), () -> change.accept(Change.ADD_CONDITION)));
        if (flagsOffered) {
            flags.setId(RoutingProblem.ruleField(number, "flags"));
            flags.setLabel(getTranslation("casework-rules.rule.flags"));
            flags.setItems(choices.flags().keySet().stream().sorted().toList());
            flags.setItemLabelGenerator(id -> choices.flags().get(id).in(language));
            flags.setValue(rule.flags());
            add(flags);
        }
        queue.setId(RoutingProblem.ruleField(number, "queue"));
        queue.setLabel(getTranslation("casework-rules.rule.queue"));
        RoutingRulesForm.queueItems(queue, choices, language, rule.queue());
        queue.setEmptySelectionAllowed(true);
        queue.setEmptySelectionCaption(getTranslation("casework-rules.rule.queue.default"));
        queue.setValue(rule.queue().isEmpty() ? null : rule.queue());
        priority.setId(RoutingProblem.ruleField(number, "priority"));
        priority.setLabel(getTranslation("casework-rules.rule.priority"));
        priority.setItems(Arrays.asList(Priority.values()));
        priority.setItemLabelGenerator(value -> value == null ? "" : getTranslation("case.priority." + value.name()));
        priority.setEmptySelectionAllowed(true);
        priority.setEmptySelectionCaption(getTranslation("casework-rules.rule.priority.none"));
        priority.setValue(rule.raiseTo());
        Div actions = new Div();
        actions.addClassName("porth-button-group");
        if (number > 1) {
            actions.add(button(number, "move-up", getTranslation("casework-rules.rule.move-up", number), () -> change.accept(Change.MOVE_UP)));
        }
        actions.add(button(number, "remove", getTranslation("casework-rules.rule.remove", number), () -> change.accept(Change.REMOVE)));
        add(queue, priority, actions);
    }

    /** The rule as the fields now say, with what the form does not edit kept as it was. */
    RoutingRuleForm value() {
        return withConditions(conditions.stream().map(RoutingConditionFields::value).toList());
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put(name.getId().orElseThrow(), name);
        fields.put(queue.getId().orElseThrow(), queue);
        conditions.forEach(condition -> fields.putAll(condition.fields()));
        return fields;
    }

    void focusName() {
        name.focus();
    }

    /** After a condition was added: its question, to choose next. */
    void focusLastCondition() {
        conditions.getLast().focusQuestion();
    }

    private List<AnswerCondition> conditionsWithout(int index) {
        List<AnswerCondition> left = new ArrayList<>(conditions.stream().map(RoutingConditionFields::value).toList());
        left.remove(index);
        return left;
    }

    private RoutingRuleForm withConditions(List<AnswerCondition> written) {
        Set<String> chosenFlags = flags.getValue() == null ? Set.of() : flags.getValue();
        return new RoutingRuleForm(name.getValue(), written, flagsOffered ? chosenFlags : rule.flags(),
                queue.getValue(), priority.getValue(), rule.kept());
    }

    private static NativeButton button(int number, String action, String label, Runnable click) {
        NativeButton button = new NativeButton(label, event -> click.run());
        button.addClassNames("porth-button", "porth-button--secondary");
        button.setId(RoutingProblem.ruleField(number, action));
        return button;
    }
}

package org.porth.casework.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.porth.casework.routing.AnswerCondition;
import org.porth.casework.routing.RoutingChoices;
import org.porth.casework.routing.RoutingForm;
import org.porth.casework.routing.RoutingProblem;
import org.porth.casework.routing.RoutingRuleForm;
import org.porth.shared.Language;

/**
 * A service's routing as a form: the default queue, then each rule in order. Adding, moving or
 * removing a rule or a condition reads the fields as they stand first, so nothing typed is lost,
 * and moves the keyboard to where the change happened.
 */
final class RoutingRulesForm extends Div {

    private final Select<String> defaultQueue = new Select<>();
    private final Div rules = new Div();
    private final List<RoutingRuleFields> ruleFields = new ArrayList<>();
    private final NativeButton addRule;
    private final Language language;
    private RoutingChoices choices;
    private RoutingForm shown;

    RoutingRulesForm(Language language) {
        this.language = language;
        setId("routing-rules");
        defaultQueue.setId(RoutingProblem.defaultQueueField());
        defaultQueue.setLabel(getTranslation("casework-rules.default-queue"));
        defaultQueue.setHelperText(getTranslation("casework-rules.default-queue.hint"));
        H2 heading = new H2(getTranslation("casework-rules.rules.title"));
        heading.addClassName("porth-heading-m");
        heading.setId("routing-rules-title");
        addRule = new NativeButton(getTranslation("casework-rules.rule.add"), click -> change(form -> {
            List<RoutingRuleForm> more = new ArrayList<>(form.rules());
            more.add(RoutingRuleForm.blank());
            return more;
        }, -1));
        addRule.addClassNames("porth-button", "porth-button--secondary");
        addRule.setId("routing-add-rule");
        add(defaultQueue, heading, new Paragraph(getTranslation("casework-rules.rules.intro")), rules, addRule);
    }

    void show(RoutingForm form, RoutingChoices offered) {
        choices = offered;
        shown = form;
        queueItems(defaultQueue, offered, language, form.defaultQueue());
        defaultQueue.setValue(form.defaultQueue().isEmpty() ? null : form.defaultQueue());
        rules.removeAll();
        ruleFields.clear();
        for (int index = 0; index < form.rules().size(); index++) {
            int at = index;
            RoutingRuleFields fields = new RoutingRuleFields(index + 1, form.rules().get(index), offered, language,
                    change -> change(at, change), withoutCondition -> change(current -> replaced(current, at, withoutCondition), at));
            ruleFields.add(fields);
            rules.add(fields);
        }
    }

    /** The routing as the fields now say, with what the form does not edit kept as it was loaded. */
    RoutingForm value() {
        return new RoutingForm(defaultQueue.getValue(), ruleFields.stream().map(RoutingRuleFields::value).toList(), shown.kept());
    }

    /** Every field a problem can be shown next to, by id. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put(defaultQueue.getId().orElseThrow(), defaultQueue);
        ruleFields.forEach(rule -> fields.putAll(rule.fields()));
        return fields;
    }

    private void change(int at, RoutingRuleFields.Change change) {
        switch (change) {
            case ADD_CONDITION -> addCondition(at);
            case MOVE_UP -> change(form -> {
                List<RoutingRuleForm> moved = new ArrayList<>(form.rules());
                moved.add(at - 1, moved.remove(at));
                return moved;
            }, at - 1);
            case REMOVE -> change(form -> {
                List<RoutingRuleForm> fewer = new ArrayList<>(form.rules());
                fewer.remove(at);
                return fewer;
            }, -2);
        }
    }

    private void addCondition(int at) {
        change(form -> {
            RoutingRuleForm rule = form.rules().get(at);
            List<AnswerCondition> more = new ArrayList<>(rule.conditions());
            more.add(AnswerCondition.blank());
            return replaced(form, at, new RoutingRuleForm(rule.name(), more, rule.flags(), rule.queue(), rule.raiseTo(), rule.kept()));
        }, at);
        ruleFields.get(at).focusLastCondition();
    }

    /**
     * Shows the rules as changed, then moves focus: to the rule at {@code focus}, to the new last
     * rule (-1), or to the button that adds one (-2, after a removal).
     */
    private void change(Function<RoutingForm, List<RoutingRuleForm>> changed, int focus) {
        RoutingForm current = value();
        show(new RoutingForm(current.defaultQueue(), changed.apply(current), current.kept()), choices);
        if (focus == -2 || ruleFields.isEmpty()) {
            addRule.focus();
        } else {
            ruleFields.get(focus == -1 ? ruleFields.size() - 1 : focus).focusName();
        }
    }

    /** The queues by name, and the one the routing names when the council has no such queue, to correct. */
    static void queueItems(Select<String> select, RoutingChoices choices, Language language, String named) {
        List<String> ids = new ArrayList<>(choices.queues().keySet().stream()
                .sorted(Comparator.comparing(id -> choices.queues().get(id).in(language))).toList());
        if (!named.isEmpty() && !ids.contains(named)) {
            ids.add(named);
        }
        select.setItems(ids);
        select.setItemLabelGenerator(id -> id == null ? "" : Optional.ofNullable(choices.queues().get(id))
                .map(name -> name.in(language)).orElse(id));
    }

    private static List<RoutingRuleForm> replaced(RoutingForm form, int at, RoutingRuleForm rule) {
        List<RoutingRuleForm> rules = new ArrayList<>(form.rules());
        rules.set(at, rule);
        return rules;
    }
}

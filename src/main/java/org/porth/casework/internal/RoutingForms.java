package org.porth.casework.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.porth.casework.Priority;
import org.porth.casework.routing.AnswerCondition;
import org.porth.casework.routing.RoutingForm;
import org.porth.casework.routing.RoutingRuleForm;

/**
 * Routing YAML to the administrator's form and back. The form edits the default queue and each
 * rule's name, answers, flags, queue and priority; everything else (the flags' declarations, a rule's
 * wards, channels and priorities) is carried through as written. Reads routing that passed
 * {@link RoutingTables}' checks; writes what they accept.
 */
final class RoutingForms {

    private static final List<String> KEPT_RULE_KEYS = List.of("wards", "channels", "priorities");

    private RoutingForms() {
    }

    static RoutingForm form(Map<String, Object> routing) {
        Map<String, Object> kept = new LinkedHashMap<>(routing);
        kept.remove("default-queue");
        kept.remove("rules");
        List<RoutingRuleForm> rules = new ArrayList<>();
        if (routing.get("rules") instanceof List<?> written) {
            written.forEach(rule -> rules.add(rule((Map<?, ?>) rule)));
        }
        return new RoutingForm(String.valueOf(routing.get("default-queue")), rules, kept);
    }

    static Map<String, Object> routing(RoutingForm form) {
        Map<String, Object> routing = new LinkedHashMap<>();
        routing.put("default-queue", form.defaultQueue());
        if (!form.rules().isEmpty()) {
            routing.put("rules", form.rules().stream().map(RoutingForms::rule).toList());
        }
        routing.putAll(form.kept());
        return routing;
    }

    private static RoutingRuleForm rule(Map<?, ?> rule) {
        List<AnswerCondition> conditions = new ArrayList<>();
        if (rule.get("when") instanceof Map<?, ?> when) {
            when.forEach((question, values) -> conditions.add(new AnswerCondition(String.valueOf(question), texts(values))));
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        KEPT_RULE_KEYS.stream().filter(rule::containsKey).forEach(key -> kept.put(key, rule.get(key)));
        Object priority = rule.get("priority");
        return new RoutingRuleForm(String.valueOf(rule.get("name")), conditions, Set.copyOf(texts(rule.get("flags"))),
                rule.get("queue") == null ? "" : String.valueOf(rule.get("queue")),
                priority == null ? null : Priority.named(String.valueOf(priority)).orElseThrow(), kept);
    }

    private static Map<String, Object> rule(RoutingRuleForm rule) {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("name", rule.name());
        if (!rule.conditions().isEmpty()) {
            Map<String, Object> when = new LinkedHashMap<>();
            rule.conditions().forEach(condition -> when.put(condition.question(), condition.values()));
            written.put("when", when);
        }
        written.putAll(rule.kept());
        if (!rule.flags().isEmpty()) {
            written.put("flags", rule.flags().stream().sorted().toList());
        }
        if (!rule.queue().isEmpty()) {
            written.put("queue", rule.queue());
        }
        if (rule.raiseTo() != null) {
            written.put("priority", rule.raiseTo().name().toLowerCase(Locale.ROOT));
        }
        return written;
    }

    private static List<String> texts(Object values) {
        return values instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}

package org.porth.casework.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.porth.casework.Priority;

/**
 * One rule as the form edits it: its name, the answers it looks for, the flags the request must have
 * raised, the queue it sends to (blank: the default queue) and the priority it raises to (null: none).
 *
 * @param kept the rule's conditions the form does not edit (wards, channels, priorities), as written
 */
public record RoutingRuleForm(String name, List<AnswerCondition> conditions, Set<String> flags, String queue,
        Priority raiseTo, Map<String, Object> kept) {

    public RoutingRuleForm {
        name = name == null ? "" : name.strip();
        conditions = List.copyOf(conditions);
        flags = Set.copyOf(flags);
        queue = queue == null ? "" : queue.strip();
        kept = new LinkedHashMap<>(kept);
    }

    @Override
    public Map<String, Object> kept() {
        return new LinkedHashMap<>(kept);
    }

    /** A new rule: no name yet, one condition to fill in, to the default queue. */
    public static RoutingRuleForm blank() {
        return new RoutingRuleForm("", List.of(AnswerCondition.blank()), Set.of(), "", null, Map.of());
    }
}

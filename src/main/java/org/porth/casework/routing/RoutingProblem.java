package org.porth.casework.routing;

import java.util.List;

/**
 * Something wrong in the routing form: the field it is about (its id on the page), the message key
 * in the {@code casework-rules} bundle and the message's arguments (the rule's number first).
 */
public record RoutingProblem(String field, String key, List<Object> arguments) {

    public RoutingProblem {
        arguments = List.copyOf(arguments);
    }

    public static String defaultQueueField() {
        return "routing-default-queue";
    }

    /** @param rule counted from 1, as the page shows it */
    public static String ruleField(int rule, String part) {
        return "rule-" + rule + "-" + part;
    }

    /** @param condition counted from 1, as the page shows it */
    public static String conditionField(int rule, int condition, String part) {
        return ruleField(rule, "condition-" + condition + "-" + part);
    }
}

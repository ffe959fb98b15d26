package org.porth.casework.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.porth.catalogue.Option;

/**
 * What is wrong with a routing form, field by field, before it is written as YAML and checked as the
 * definitions are at start-up: the mistakes a form can make (a rule without a name, a condition
 * without a question or an answer) said next to the field rather than as a line of YAML.
 */
public final class RoutingFormCheck {

    private RoutingFormCheck() {
    }

    public static List<RoutingProblem> problems(RoutingForm form, RoutingChoices choices) {
        List<RoutingProblem> problems = new ArrayList<>();
        if (!choices.queues().containsKey(form.defaultQueue())) {
            problems.add(new RoutingProblem(RoutingProblem.defaultQueueField(), "casework-rules.problem.default-queue", List.of()));
        }
        Set<String> names = new HashSet<>();
        for (int index = 0; index < form.rules().size(); index++) {
            RoutingRuleForm rule = form.rules().get(index);
            int number = index + 1;
            if (rule.name().isEmpty()) {
                problems.add(new RoutingProblem(RoutingProblem.ruleField(number, "name"), "casework-rules.problem.name", List.of(number)));
            } else if (!names.add(rule.name())) {
                problems.add(new RoutingProblem(RoutingProblem.ruleField(number, "name"), "casework-rules.problem.name-taken",
                        List.of(number, rule.name())));
            }
            if (!rule.queue().isEmpty() && !choices.queues().containsKey(rule.queue())) {
                problems.add(new RoutingProblem(RoutingProblem.ruleField(number, "queue"), "casework-rules.problem.queue",
                        List.of(number, rule.queue())));
            }
            Set<String> asked = new HashSet<>();
            for (int condition = 0; condition < rule.conditions().size(); condition++) {
                AnswerCondition written = rule.conditions().get(condition);
                if (!written.question().isEmpty() && !asked.add(written.question())) {
                    problems.add(new RoutingProblem(RoutingProblem.conditionField(number, condition + 1, "question"),
                            "casework-rules.problem.same-question", List.of(number, condition + 1)));
                } else {
                    problems.addAll(problems(written, number, condition + 1, choices));
                }
            }
        }
        return problems;
    }

    private static List<RoutingProblem> problems(AnswerCondition condition, int rule, int number, RoutingChoices choices) {
        String questionField = RoutingProblem.conditionField(rule, number, "question");
        String valuesField = RoutingProblem.conditionField(rule, number, "values");
        if (condition.question().isEmpty()) {
            return List.of(new RoutingProblem(questionField, "casework-rules.problem.question", List.of(rule, number)));
        }
        var question = choices.question(condition.question());
        if (question.isEmpty()) {
            return List.of(new RoutingProblem(questionField, "casework-rules.problem.unknown-question",
                    List.of(rule, number, condition.question())));
        }
        if (condition.values().isEmpty()) {
            return List.of(new RoutingProblem(valuesField, question.get().freeText()
                    ? "casework-rules.problem.values-type" : "casework-rules.problem.values-choose", List.of(rule, number)));
        }
        List<String> answers = question.get().options().stream().map(Option::value).toList();
        return condition.values().stream().filter(value -> !question.get().freeText() && !answers.contains(value))
                .limit(1).map(value -> new RoutingProblem(valuesField, "casework-rules.problem.unknown-answer",
                        List.of(rule, number, value)))
                .toList();
    }
}

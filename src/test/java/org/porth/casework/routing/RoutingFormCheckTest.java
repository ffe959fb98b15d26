package org.porth.casework.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.porth.catalogue.Option;
import org.porth.catalogue.Text;

/** Each mistake the routing form can make is named with the field it is about. */
class RoutingFormCheckTest {

    private static final RoutingChoices CHOICES = new RoutingChoices(List.of(
            new RoutingQuestion("danger", new Text("Is it dangerous?", "Ydy e'n beryglus?"),
                    List.of(new Option("yes", new Text("Yes", "Ie"), null), new Option("no", new Text("No", "Na"), null))),
            new RoutingQuestion("street-name", new Text("Street", "Stryd"), List.of())),
            Map.of("highway-inspections", new Text("Inspections", "Archwiliadau"),
                    "highway-emergencies", new Text("Emergencies", "Argyfyngau")),
            Map.of());

    @Test
    void aCompleteFormHasNoProblems() {
        assertThat(RoutingFormCheck.problems(form(rule("dangerous now", new AnswerCondition("danger", List.of("yes")),
                new AnswerCondition("street-name", List.of("High Street")))), CHOICES)).isEmpty();
    }

    @Test
    void aRuleWithoutANameOrWithAnotherRulesNameIsRefusedAtItsName() {
        assertThat(RoutingFormCheck.problems(form(rule(" ", new AnswerCondition("danger", List.of("yes"))),
                rule("a", new AnswerCondition("danger", List.of("yes"))), rule("a", new AnswerCondition("danger", List.of("no")))),
                CHOICES))
                .containsExactly(new RoutingProblem("rule-1-name", "casework-rules.problem.name", List.of(1)),
                        new RoutingProblem("rule-3-name", "casework-rules.problem.name-taken", List.of(3, "a")));
    }

    @Test
    void aConditionNeedsAQuestionOfTheServiceAndOneOfItsAnswers() {
        assertThat(RoutingFormCheck.problems(form(rule("r",
                AnswerCondition.blank(),
                new AnswerCondition("danger", List.of()),
                new AnswerCondition("street-name", List.of(" ")),
                new AnswerCondition("depth", List.of("deep")),
                new AnswerCondition("street-name", List.of("High Street")))), CHOICES))
                .containsExactly(
                        new RoutingProblem("rule-1-condition-1-question", "casework-rules.problem.question", List.of(1, 1)),
                        new RoutingProblem("rule-1-condition-2-values", "casework-rules.problem.values-choose", List.of(1, 2)),
                        new RoutingProblem("rule-1-condition-3-values", "casework-rules.problem.values-type", List.of(1, 3)),
                        new RoutingProblem("rule-1-condition-4-question", "casework-rules.problem.unknown-question",
                                List.of(1, 4, "depth")),
                        new RoutingProblem("rule-1-condition-5-question", "casework-rules.problem.same-question", List.of(1, 5)));
    }

    @Test
    void anAnswerTheQuestionDoesNotOfferIsRefusedButAnyTextMatchesAFreeTextQuestion() {
        assertThat(RoutingFormCheck.problems(form(rule("r", new AnswerCondition("danger", List.of("yes", "maybe")))), CHOICES))
                .containsExactly(new RoutingProblem("rule-1-condition-1-values", "casework-rules.problem.unknown-answer",
                        List.of(1, 1, "maybe")));
    }

    @Test
    void queuesMustExist() {
        RoutingRuleForm toNowhere = new RoutingRuleForm("r", List.of(), Set.of(), "nowhere", null, Map.of());

        assertThat(RoutingFormCheck.problems(new RoutingForm("", List.of(toNowhere), Map.of()), CHOICES))
                .containsExactly(new RoutingProblem("routing-default-queue", "casework-rules.problem.default-queue", List.of()),
                        new RoutingProblem("rule-1-queue", "casework-rules.problem.queue", List.of(1, "nowhere")));
    }

    private static RoutingForm form(RoutingRuleForm... rules) {
        return new RoutingForm("highway-inspections", List.of(rules), Map.of());
    }

    private static RoutingRuleForm rule(String name, AnswerCondition... conditions) {
        return new RoutingRuleForm(name, List.of(conditions), Set.of(), "highway-emergencies", null, Map.of());
    }
}

package org.porth.catalogue.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.porth.catalogue.Condition;
import org.porth.catalogue.Condition.Operator;
import org.porth.catalogue.Question;

/**
 * Reads "show if an earlier answer is ...": {@code {question: bin-type, any-of: [garden]}}, with
 * {@code none-of} or {@code answered: true} instead of {@code any-of}. A condition may only look
 * back, at questions already asked, and only at answers those questions can have.
 */
final class ConditionReader {

    private static final Map<String, Operator> OPERATORS = Map.of(
            "any-of", Operator.ANY_OF, "none-of", Operator.NONE_OF, "answered", Operator.ANSWERED);
    private static final Set<String> KEYS = Set.of("question", "any-of", "none-of", "answered");

    private ConditionReader() {
    }

    /**
     * @param owner   how problems name the condition: "the show-if of page 'address'"
     * @param earlier the questions the condition may refer to
     */
    static Optional<Condition> read(YamlMap parent, String key, String owner, Map<String, Question> earlier) {
        return parent.map(key, owner, KEYS).flatMap(condition -> read(condition, earlier));
    }

    private static Optional<Condition> read(YamlMap condition, Map<String, Question> earlier) {
        Optional<String> questionId = condition.requiredString("question");
        List<String> operators = Stream.of("any-of", "none-of", "answered").filter(condition::has).toList();
        if (operators.size() != 1) {
            condition.problem(condition.owner() + " needs exactly one of 'any-of', 'none-of' or 'answered'");
            return Optional.empty();
        }
        if (questionId.isEmpty()) {
            return Optional.empty();
        }
        Question question = earlier.get(questionId.get());
        if (question == null) {
            condition.problem("question", condition.owner() + " refers to '" + questionId.get()
                    + "', which is not an earlier question");
            return Optional.empty();
        }
        String operator = operators.getFirst();
        if (operator.equals("answered")) {
            if (!condition.string("answered").orElse("").equals("true")) {
                condition.problem("answered", condition.described("answered") + " can only be true");
                return Optional.empty();
            }
            return Optional.of(new Condition(question.id(), Operator.ANSWERED, List.of()));
        }
        return values(condition, operator, question)
                .map(values -> new Condition(question.id(), OPERATORS.get(operator), values));
    }

    private static Optional<List<String>> values(YamlMap condition, String operator, Question question) {
        List<String> possible = possibleAnswers(question);
        if (possible.isEmpty()) {
            condition.problem(operator, condition.owner() + " compares the " + question.type().yamlName()
                    + " question '" + question.id() + "' with values; only choices, yes-no and declarations have"
                    + " fixed answers, so use 'answered: true'");
            return Optional.empty();
        }
        return condition.strings(operator).filter(values -> {
            if (values.isEmpty()) {
                condition.problem(operator, condition.described(operator) + " lists no answers");
            }
            List<String> unknown = values.stream().filter(value -> !possible.contains(value)).toList();
            unknown.forEach(value -> condition.problem(operator, condition.owner() + " refers to the answer '" + value
                    + "', which question '" + question.id() + "' does not have (it has: "
                    + String.join(", ", possible) + ")"));
            return !values.isEmpty() && unknown.isEmpty();
        });
    }

    /** The fixed answers a question can have; empty for answers typed in. */
    static List<String> possibleAnswers(Question question) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options().stream().map(option -> option.value()).toList();
            case YES_NO -> List.of("yes", "no");
            case DECLARATION -> List.of("confirmed");
            default -> List.of();
        };
    }
}

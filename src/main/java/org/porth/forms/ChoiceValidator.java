package org.porth.forms;

import static org.porth.forms.ErrorMessages.error;
import static org.porth.forms.ErrorMessages.same;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Option;
import org.porth.catalogue.Question;
import org.porth.catalogue.Validation;

/** Yes/no, single and multiple choice: only the values offered, and as many as the question allows. */
final class ChoiceValidator implements TypeValidator {

    static final String YES = "yes";
    static final String NO = "no";

    @Override
    public AnswerCheck check(Question question, Answer answer, ValidationContext context) {
        return switch (question.type()) {
            case YES_NO -> yesNo(question, answer);
            case MULTIPLE_CHOICE -> several(question, answer);
            default -> one(question, answer);
        };
    }

    private static AnswerCheck yesNo(Question question, Answer answer) {
        String value = answer.value().orElse("").strip().toLowerCase(Locale.ROOT);
        return value.equals(YES) || value.equals(NO) ? AnswerCheck.valid(Answer.of(value))
                : AnswerCheck.invalid(error(question, ErrorKind.CHOICE, null));
    }

    private static AnswerCheck one(Question question, Answer answer) {
        String value = answer.value().orElse("").strip();
        return offered(question).contains(value) ? AnswerCheck.valid(Answer.of(value))
                : AnswerCheck.invalid(error(question, ErrorKind.CHOICE, null));
    }

    private static AnswerCheck several(Question question, Answer answer) {
        Set<String> chosen = answer.values(Answer.VALUE).stream().filter(value -> value != null && !value.isBlank())
                .map(String::strip).collect(Collectors.toSet());
        if (!offered(question).containsAll(chosen)) {
            return AnswerCheck.invalid(error(question, ErrorKind.CHOICE, null));
        }
        Validation rules = question.validation();
        if (rules.minChoices() != null && chosen.size() < rules.minChoices()) {
            return AnswerCheck.invalid(error(question, ErrorKind.TOO_FEW_CHOICES, null, same(rules.minChoices())));
        }
        if (rules.maxChoices() != null && chosen.size() > rules.maxChoices()) {
            return AnswerCheck.invalid(error(question, ErrorKind.TOO_MANY_CHOICES, null, same(rules.maxChoices())));
        }
        // in the order the options are offered, whatever order they came in
        return AnswerCheck.valid(Answer.ofAll(question.options().stream().map(Option::value).filter(chosen::contains).toList()));
    }

    private static List<String> offered(Question question) {
        return question.options().stream().map(Option::value).toList();
    }
}

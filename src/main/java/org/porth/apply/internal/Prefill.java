package org.porth.apply.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.catalogue.Question;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answer;
import org.porth.forms.AnswerValidator;
import org.porth.forms.Answers;
import org.porth.forms.ValidationContext;
import org.porth.resident.Profile;

/**
 * "Tell us once": questions about the resident start with what their account holds, and a change
 * to one of them can go back to the account.
 */
public final class Prefill {

    /** Stateless; the same checks every Continue makes, to compare answers in their stored form. */
    private static final AnswerValidator CHECKS = new AnswerValidator();

    private Prefill() {
    }

    public static Answers from(ServiceDefinition definition, Profile profile) {
        Answers answers = Answers.NONE;
        for (Question question : prefilled(definition)) {
            var fields = profile.field(question.prefill());
            if (fields.isPresent()) {
                answers = answers.with(question.id(), answer(fields.get()));
            }
        }
        return answers;
    }

    /** Questions on the page whose answers now differ from the account's, and were not asked about before. */
    public static List<Question> changed(List<Question> questions, Answers answers, Profile profile, Answers alreadyAsked,
            ValidationContext context) {
        List<Question> changed = new ArrayList<>();
        for (Question question : questions) {
            if (question.prefill() == null) {
                continue;
            }
            var held = profile.field(question.prefill());
            var given = answers.get(question.id());
            if (held.isPresent() && given.isPresent() && !sameDetail(question, held.get(), given.get(), context)
                    && !given.equals(alreadyAsked.get(question.id()))) {
                changed.add(question);
            }
        }
        return changed;
    }

    /** Questions whose answers are still as the resident's account has them, to mark "from your account". */
    public static Set<String> fromAccount(ServiceDefinition definition, Answers answers, Profile profile,
            ValidationContext context) {
        return prefilled(definition).stream()
                .filter(question -> profile.field(question.prefill())
                        .flatMap(held -> answers.get(question.id())
                                .filter(given -> sameDetail(question, held, given, context)))
                        .isPresent())
                .map(Question::id)
                .collect(Collectors.toSet());
    }

    /** The answer as the account's fields: the first value of each field. */
    public static Map<String, String> fields(Answer answer) {
        return answer.fields().entrySet().stream()
                .filter(field -> !field.getValue().isEmpty() && field.getValue().getFirst() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, field -> field.getValue().getFirst()));
    }

    private static List<Question> prefilled(ServiceDefinition definition) {
        return definition.pages().stream().flatMap(page -> page.questions().stream())
                .filter(question -> question.prefill() != null).toList();
    }

    /**
     * The same detail when the account's and the answer's come out the same once checked as answers
     * to the question: "07700 900 982" in the account is the form's "07700 900982", and an address of
     * one line in the account (second line empty) is the gazetteer's, which has no second line.
     */
    private static boolean sameDetail(Question question, Map<String, String> held, Answer given, ValidationContext context) {
        Optional<Answer> account = CHECKS.check(question, answer(held), context).answer();
        return account.isPresent() && account.equals(CHECKS.check(question, given, context).answer());
    }

    private static Answer answer(Map<String, String> fields) {
        return new Answer(fields.entrySet().stream()
                .filter(field -> field.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, field -> List.of(field.getValue()))));
    }
}

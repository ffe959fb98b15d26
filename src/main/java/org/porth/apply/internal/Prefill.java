package org.porth.apply.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.apply.Answer;
import org.porth.apply.Answers;
import org.porth.catalogue.Question;
import org.porth.catalogue.ServiceDefinition;
import org.porth.resident.Profile;

/**
 * "Tell us once": questions about the resident start with what their account holds, and a change
 * to one of them can go back to the account.
 */
public final class Prefill {

    private static final String WARD = "ward";

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
    public static List<Question> changed(List<Question> questions, Answers answers, Profile profile, Answers alreadyAsked) {
        List<Question> changed = new ArrayList<>();
        for (Question question : questions) {
            if (question.prefill() == null) {
                continue;
            }
            var held = profile.field(question.prefill());
            var given = answers.get(question.id());
            if (held.isPresent() && given.isPresent() && !sameDetail(held.get(), given.get())
                    && !given.equals(alreadyAsked.get(question.id()))) {
                changed.add(question);
            }
        }
        return changed;
    }

    /** Questions whose answers are still as the resident's account has them, to mark "from your account". */
    public static Set<String> fromAccount(ServiceDefinition definition, Answers answers, Profile profile) {
        return prefilled(definition).stream()
                .filter(question -> profile.field(question.prefill())
                        .flatMap(held -> answers.get(question.id()).filter(given -> sameDetail(held, given)))
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

    /** The same detail when every field the account holds (but the ward, which is derived) matches. */
    private static boolean sameDetail(Map<String, String> held, Answer given) {
        Map<String, String> answered = fields(given);
        return held.entrySet().stream()
                .filter(field -> !WARD.equals(field.getKey()))
                .allMatch(field -> Objects.equals(field.getValue() == null ? null : field.getValue().strip(),
                        answered.get(field.getKey())));
    }

    private static Answer answer(Map<String, String> fields) {
        return new Answer(fields.entrySet().stream()
                .filter(field -> field.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, field -> List.of(field.getValue()))));
    }
}

package org.porth.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.catalogue.Page;
import org.porth.catalogue.Question;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answer;
import org.porth.forms.AnswerCheck;
import org.porth.forms.AnswerValidator;
import org.porth.forms.Answers;
import org.porth.forms.Journey;
import org.porth.forms.ValidationContext;
import org.springframework.stereotype.Component;

/**
 * Opens a draft begun on an older version of its service: answers that still fit are kept, the rest
 * dropped, and the resident is told which questions to check again.
 */
@Component
public class DraftMigration {

    private final AnswerValidator validator;
    private final Journey journey;

    public DraftMigration(AnswerValidator validator, Journey journey) {
        this.validator = validator;
        this.journey = journey;
    }

    /**
     * @param from the version the draft was begun on
     * @param to   the current version
     */
    public MigratedDraft migrate(ServiceDefinition from, ServiceDefinition to, Answers answers, ValidationContext context) {
        if (from.version() == to.version()) {
            return new MigratedDraft(answers, List.of(), Set.of());
        }
        Map<String, Answer> kept = new HashMap<>();
        Map<String, MigratedDraft.Reason> reasons = new HashMap<>();
        Set<String> removed = new HashSet<>();
        answers.byQuestion().forEach((questionId, answer) -> {
            Optional<Question> now = to.question(questionId);
            if (now.isEmpty()) {
                removed.add(questionId);
                return;
            }
            if (answer.isBlank()) {
                return;
            }
            Optional<Question> before = from.question(questionId);
            AnswerCheck check = validator.check(now.get(), answer, context);
            boolean sameType = before.map(question -> question.type() == now.get().type()).orElse(false);
            if (!sameType || !check.valid()) {
                reasons.put(questionId, MigratedDraft.Reason.CLEARED);
                return;
            }
            check.answer().ifPresent(normalised -> kept.put(questionId, normalised));
            if (!sameWording(before.get(), now.get())) {
                reasons.put(questionId, MigratedDraft.Reason.CHANGED);
            }
        });
        Answers migrated = new Answers(kept);
        return new MigratedDraft(migrated, toCheck(to, migrated, reasons), removed);
    }

    /** The questions to check, in form order, leaving out those the resident no longer sees. */
    private List<MigratedDraft.Recheck> toCheck(ServiceDefinition to, Answers migrated, Map<String, MigratedDraft.Reason> reasons) {
        Set<String> shown = journey.shownQuestions(to, migrated).stream().map(Question::id).collect(Collectors.toSet());
        List<MigratedDraft.Recheck> toCheck = new ArrayList<>();
        for (Page page : to.pages()) {
            for (Question question : page.questions()) {
                MigratedDraft.Reason reason = reasons.get(question.id());
                if (reason != null && shown.contains(question.id())) {
                    toCheck.add(new MigratedDraft.Recheck(question.id(), page.id(), question.label(), reason));
                }
            }
        }
        return toCheck;
    }

    private static boolean sameWording(Question before, Question now) {
        return before.label().equals(now.label()) && before.options().equals(now.options())
                && before.validation().equals(now.validation());
    }
}

package org.porth.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.catalogue.Question;
import org.porth.catalogue.ServiceDefinition;
import org.springframework.stereotype.Component;

/** Checks every question a page shows when the resident presses Continue. */
@Component
public class PageValidator {

    private final AnswerValidator validator;
    private final Journey journey;

    public PageValidator(AnswerValidator validator, Journey journey) {
        this.validator = validator;
        this.journey = journey;
    }

    /**
     * @param answers the draft's answers with what was sent from this page put in, as typed
     */
    public PageCheck check(ServiceDefinition definition, String pageId, Answers answers, ValidationContext context) {
        List<Question> visible = journey.visibleQuestions(definition, pageId, answers);
        Set<String> visibleIds = visible.stream().map(Question::id).collect(Collectors.toSet());
        Answers checked = answers;
        for (Question hidden : definition.page(pageId).orElseThrow().questions()) {
            if (!visibleIds.contains(hidden.id())) {
                // a conditional question the resident closed again: what it held is not an answer
                checked = checked.without(hidden.id());
            }
        }
        List<FieldError> errors = new ArrayList<>();
        for (Question question : visible) {
            Optional<Answer> sent = answers.get(question.id());
            AnswerCheck check = validator.check(question, sent.orElse(null), context);
            errors.addAll(check.errors());
            if (check.valid()) {
                checked = check.answer().isPresent() ? checked.with(question.id(), check.answer().get()) : checked.without(question.id());
            }
        }
        return new PageCheck(checked, errors);
    }
}

package org.porth.forms;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.porth.attachments.StoredFiles;
import org.porth.catalogue.Question;
import org.porth.catalogue.ServiceDefinition;
import org.porth.gazetteer.Gazetteer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Checks a complete set of answers against a service's form in one call, for a caller that is not a
 * web page (an API client, a sensor alert, a staff import): the same checks and messages as each page
 * of the web form, over every page the answers show, with no page, session or draft to go through.
 */
@Service
public class FormCheck {

    private final Journey journey;
    private final AnswerValidator validator;
    private final Clock clock;
    private final Gazetteer gazetteer;
    private final StoredFiles files;

    FormCheck(Journey journey, AnswerValidator validator, Clock clock, Gazetteer gazetteer, StoredFiles files) {
        this.journey = journey;
        this.validator = validator;
        this.clock = clock;
        this.gazetteer = gazetteer;
        this.files = files;
    }

    /**
     * The answers against the form; it reads nobody's data but the files named, which count only when
     * the caller may see them and they were uploaded for {@code uploadedFor}.
     *
     * @param uploadedFor the draft (or upload slot) the answers' files were uploaded for; null when none were
     */
    @PreAuthorize("permitAll()")
    public CheckedAnswers check(ServiceDefinition definition, Answers answers, String uploadedFor) {
        ValidationContext context = new ValidationContext(clock, uploadedFor, gazetteer, files);
        Answers shown = journey.relevant(definition, answers);
        Answers checked = shown;
        Map<String, List<FieldError>> problems = new LinkedHashMap<>();
        for (Question question : journey.shownQuestions(definition, shown)) {
            AnswerCheck check = validator.check(question, shown.get(question.id()).orElse(null), context);
            if (!check.valid()) {
                problems.put(question.id(), check.errors());
            } else if (check.answer().isPresent()) {
                checked = checked.with(question.id(), check.answer().get());
            } else {
                checked = checked.without(question.id());
            }
        }
        Optional<Journey.Stop> stop = journey.firstStop(definition, checked);
        return new CheckedAnswers(checked, problems, stop.map(Journey.Stop::exit));
    }
}

package org.porth.forms;

import java.util.List;
import java.util.Optional;

import org.porth.catalogue.EligibilityExit;
import org.porth.catalogue.Page;
import org.porth.catalogue.Question;
import org.porth.catalogue.ServiceDefinition;
import org.springframework.stereotype.Component;

/**
 * The way through a form for the answers given: which pages and questions show, where Continue and
 * Back go, where a resumed draft picks up, and whether an eligibility exit stops the resident.
 * Pages are named by id; an id the definition does not have is a programming error.
 */
@Component
public class Journey {

    private final AnswerValidator validator;

    public Journey(AnswerValidator validator) {
        this.validator = validator;
    }

    /** An eligibility exit that applies, and the page after which it applies. */
    public record Stop(Page page, EligibilityExit exit) {
    }

    public List<Page> visiblePages(ServiceDefinition definition, Answers answers) {
        return Walk.through(definition, answers).pages().stream().map(Walk.ShownPage::page).toList();
    }

    public boolean isVisible(ServiceDefinition definition, String pageId, Answers answers) {
        requirePage(definition, pageId);
        return Walk.through(definition, answers).page(pageId).isPresent();
    }

    /** Every question the form shows for the answers given, in form order (one pass through it). */
    public List<Question> shownQuestions(ServiceDefinition definition, Answers answers) {
        return Walk.through(definition, answers).pages().stream().flatMap(page -> page.questions().stream()).toList();
    }

    /** The questions the page shows, in order; none when the page itself is hidden. */
    public List<Question> visibleQuestions(ServiceDefinition definition, String pageId, Answers answers) {
        requirePage(definition, pageId);
        return Walk.through(definition, answers).page(pageId).map(Walk.ShownPage::questions).orElse(List.of());
    }

    public Optional<Page> firstPage(ServiceDefinition definition, Answers answers) {
        return visiblePages(definition, answers).stream().findFirst();
    }

    /** The page Continue goes to; empty when "check your answers" comes next. */
    public Optional<Page> next(ServiceDefinition definition, String pageId, Answers answers) {
        int index = indexOf(definition, pageId);
        return Walk.through(definition, answers).pages().stream()
                .filter(shown -> shown.index() > index).map(Walk.ShownPage::page).findFirst();
    }

    /** The page Back goes to; empty on the first page (back to the service's start page). */
    public Optional<Page> previous(ServiceDefinition definition, String pageId, Answers answers) {
        int index = indexOf(definition, pageId);
        return Walk.through(definition, answers).pages().stream()
                .filter(shown -> shown.index() < index).map(Walk.ShownPage::page).reduce((earlier, later) -> later);
    }

    /**
     * The first page with a question that still needs an answer, or whose answer no longer passes
     * its checks (a date that was in the future may be past now): where a resumed draft opens, and
     * why "check your answers" sends the resident back. Empty when every shown question is fine.
     */
    public Optional<Page> firstIncomplete(ServiceDefinition definition, Answers answers, ValidationContext context) {
        return Walk.through(definition, answers).pages().stream()
                .filter(shown -> shown.questions().stream()
                        .anyMatch(question -> !validator.check(question, answers.get(question.id()).orElse(null), context).valid()))
                .map(Walk.ShownPage::page)
                .findFirst();
    }

    /** The eligibility exit that the answers on this page trigger, if any: shown instead of the next page. */
    public Optional<EligibilityExit> exitAfter(ServiceDefinition definition, String pageId, Answers answers) {
        requirePage(definition, pageId);
        Walk walk = Walk.through(definition, answers);
        return walk.page(pageId).stream().flatMap(shown -> shown.page().exits().stream())
                .filter(exit -> Conditions.holds(exit.when(), walk.counted()))
                .findFirst();
    }

    /** The first exit the answers trigger anywhere in the form: a form that has one cannot be submitted. */
    public Optional<Stop> firstStop(ServiceDefinition definition, Answers answers) {
        Walk walk = Walk.through(definition, answers);
        return walk.pages().stream().flatMap(shown -> shown.page().exits().stream()
                        .filter(exit -> Conditions.holds(exit.when(), walk.counted()))
                        .map(exit -> new Stop(shown.page(), exit)))
                .findFirst();
    }

    /**
     * Only the answers to questions that show now: a changed earlier answer that hides a question
     * leaves no stale answer to submit. Call it before submitting.
     */
    public Answers relevant(ServiceDefinition definition, Answers answers) {
        return Walk.through(definition, answers).relevant();
    }

    private static void requirePage(ServiceDefinition definition, String pageId) {
        indexOf(definition, pageId);
    }

    private static int indexOf(ServiceDefinition definition, String pageId) {
        for (int index = 0; index < definition.pages().size(); index++) {
            if (definition.pages().get(index).id().equals(pageId)) {
                return index;
            }
        }
        throw new IllegalArgumentException("Service " + definition.id() + " has no page " + pageId);
    }
}

package org.porth.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.porth.catalogue.Page;
import org.porth.catalogue.Question;
import org.porth.catalogue.ServiceDefinition;

/**
 * One pass through a form in order, as the resident meets it: which pages and questions show for the
 * answers given. A condition sees only answers to questions shown before it, so an answer left
 * behind on a question that is now hidden changes nothing. A page whose questions are all hidden
 * is not shown.
 */
final class Walk {

    /** A page the resident sees, with its position in the definition and the questions it shows. */
    record ShownPage(int index, Page page, List<Question> questions) {
    }

    private final List<ShownPage> pages = new ArrayList<>();
    private final Map<String, Answer> counted = new HashMap<>();

    private Walk(ServiceDefinition definition, Answers answers) {
        List<Page> all = definition.pages();
        for (int index = 0; index < all.size(); index++) {
            Page page = all.get(index);
            if (page.showIf() != null && !Conditions.holds(page.showIf(), counted)) {
                continue;
            }
            List<Question> shown = new ArrayList<>();
            for (Question question : page.questions()) {
                if (question.showIf() == null || Conditions.holds(question.showIf(), counted)) {
                    shown.add(question);
                    answers.get(question.id()).ifPresent(answer -> counted.put(question.id(), answer));
                }
            }
            if (!shown.isEmpty()) {
                pages.add(new ShownPage(index, page, List.copyOf(shown)));
            }
        }
    }

    static Walk through(ServiceDefinition definition, Answers answers) {
        return new Walk(definition, answers);
    }

    List<ShownPage> pages() {
        return pages;
    }

    Optional<ShownPage> page(String pageId) {
        return pages.stream().filter(shown -> shown.page().id().equals(pageId)).findFirst();
    }

    /** The answers to the questions shown: what would be submitted. */
    Answers relevant() {
        return new Answers(counted);
    }

    Map<String, Answer> counted() {
        return counted;
    }
}

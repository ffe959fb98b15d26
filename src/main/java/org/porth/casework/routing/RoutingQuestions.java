package org.porth.casework.routing;

import java.util.List;
import java.util.Optional;

import org.porth.catalogue.Option;
import org.porth.catalogue.Question;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;

/**
 * The questions of a service a routing rule can look at, in the form's order: those whose answer is
 * a value routing compares (choices, yes or no, a number, text in the resident's own words), not an
 * address, a date, a file or contact details.
 */
final class RoutingQuestions {

    private static final List<Option> YES_NO = List.of(new Option("yes", new Text("Yes", "Ie"), null),
            new Option("no", new Text("No", "Na"), null));

    private RoutingQuestions() {
    }

    static List<RoutingQuestion> of(ServiceDefinition service) {
        return service.pages().stream().flatMap(page -> page.questions().stream())
                .flatMap(question -> routable(question).stream()).toList();
    }

    private static Optional<RoutingQuestion> routable(Question question) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> Optional.of(new RoutingQuestion(question.id(), question.label(), question.options()));
            case YES_NO -> Optional.of(new RoutingQuestion(question.id(), question.label(), YES_NO));
            case SHORT_TEXT, LONG_TEXT, NUMBER -> Optional.of(new RoutingQuestion(question.id(), question.label(), List.of()));
            default -> Optional.empty();
        };
    }
}

package org.porth.catalogue.internal;

import java.util.List;
import java.util.Map;

import org.porth.catalogue.Page;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;

/**
 * A booking question books what the definition's {@code booking: resource:} names, once per request
 * (the booking's request key is the request's reference), for the address that
 * {@code booking: address:} names when the resource is a ward round: that question must come on an
 * earlier page, since the days offered depend on its answer; or for the resource of the group that
 * {@code booking: choice:} names, a single-choice question whose option values are the resources' ids
 * (an office), likewise earlier.
 */
final class BookingQuestionCheck {

    private BookingQuestionCheck() {
    }

    static void check(YamlMap service, List<Page> pages, Map<String, Object> booking) {
        List<Question> bookings = questions(pages).stream().filter(q -> q.type() == QuestionType.BOOKING).toList();
        if (bookings.isEmpty()) {
            return;
        }
        if (bookings.size() > 1) {
            service.problem("pages", "the form has " + bookings.size() + " booking questions, but a request can"
                    + " book only once");
        }
        if (booking.get("resource") == null) {
            service.problem("booking", "question '" + bookings.getFirst().id() + "' is a booking question, so the"
                    + " service needs 'booking: resource:' to say what it books");
        }
        if (booking.get("address") != null && booking.get("choice") != null) {
            service.problem("booking", "'booking:' can have 'address' or 'choice', not both: one of them picks the"
                    + " resource");
        }
        check(service, pages, booking, "address", QuestionType.ADDRESS, bookings.getFirst());
        check(service, pages, booking, "choice", QuestionType.SINGLE_CHOICE, bookings.getFirst());
    }

    /** The question named by {@code booking: <key>:} is of the type and comes before the booking question. */
    private static void check(YamlMap service, List<Page> pages, Map<String, Object> booking, String key,
            QuestionType type, Question bookingQuestion) {
        Object named = booking.get(key);
        if (named == null) {
            return;
        }
        String id = named.toString();
        Question question = questions(pages).stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
        if (question == null || question.type() != type) {
            service.problem("booking", "'booking: " + key + ":' names '" + id + "', which is not a "
                    + type.yamlName() + " question of the form");
        } else if (pageOf(pages, id) >= pageOf(pages, bookingQuestion.id())) {
            service.problem("booking", type.yamlName() + " question '" + id + "' must come on a page before"
                    + " booking question '" + bookingQuestion.id() + "', whose days depend on it");
        }
    }

    private static int pageOf(List<Page> pages, String questionId) {
        for (int index = 0; index < pages.size(); index++) {
            if (pages.get(index).questions().stream().anyMatch(q -> q.id().equals(questionId))) {
                return index;
            }
        }
        return -1;
    }

    private static List<Question> questions(List<Page> pages) {
        return pages.stream().flatMap(page -> page.questions().stream()).toList();
    }
}

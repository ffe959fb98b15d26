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
 * earlier page, since the days offered depend on its answer.
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
        Object address = booking.get("address");
        if (address != null) {
            checkAddress(service, pages, address.toString(), bookings.getFirst());
        }
    }

    private static void checkAddress(YamlMap service, List<Page> pages, String addressId, Question bookingQuestion) {
        int bookingPage = pageOf(pages, bookingQuestion.id());
        int addressPage = pageOf(pages, addressId);
        Question address = questions(pages).stream().filter(q -> q.id().equals(addressId)).findFirst().orElse(null);
        if (address == null || address.type() != QuestionType.ADDRESS) {
            service.problem("booking", "'booking: address:' names '" + addressId + "', which is not an address"
                    + " question of the form");
        } else if (addressPage >= bookingPage) {
            service.problem("booking", "address question '" + addressId + "' must come on a page before booking"
                    + " question '" + bookingQuestion.id() + "', whose days depend on it");
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

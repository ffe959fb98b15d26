package org.porth.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A council service as its definition file declares it, at one version. A submitted request keeps
 * the version it was made on, so old requests always read against the questions they answered.
 *
 * @param keywords   words residents search with, per language code ({@code en}, {@code cy})
 * @param channels   who may use it: residents online ({@code WEB}), staff for a caller
 *                   ({@code PHONE}, {@code FACE_TO_FACE}), the API
 * @param declaration what the resident confirms before submitting
 * @param routing    for the case service (routing rules), kept as written
 * @param booking    for the booking feature, kept as written
 * @param caseSummary the questions whose answers summarise a request for staff (e.g. the kind of
 *                   problem and where), in order; empty for the case service's default
 * @param open311    how the service is offered over Open311 GeoReport v2; null when it is not
 */
public record ServiceDefinition(
        String id,
        int version,
        Text name,
        Text summary,
        String department,
        Set<String> topics,
        Map<String, List<String>> keywords,
        ServiceKind kind,
        Set<Channel> channels,
        StartPage startPage,
        ServiceLevel serviceLevel,
        Text declaration,
        List<Page> pages,
        Map<String, Object> routing,
        Map<String, Object> booking,
        List<String> caseSummary,
        Open311Offer open311) {

    /** A service not offered over Open311. */
    public ServiceDefinition(String id, int version, Text name, Text summary, String department, Set<String> topics,
            Map<String, List<String>> keywords, ServiceKind kind, Set<Channel> channels, StartPage startPage,
            ServiceLevel serviceLevel, Text declaration, List<Page> pages, Map<String, Object> routing,
            Map<String, Object> booking, List<String> caseSummary) {
        this(id, version, name, summary, department, topics, keywords, kind, channels, startPage, serviceLevel,
                declaration, pages, routing, booking, caseSummary, null);
    }

    public ServiceDefinition {
        topics = Set.copyOf(topics);
        keywords = Map.copyOf(keywords);
        channels = Set.copyOf(channels);
        pages = List.copyOf(pages);
        routing = routing == null ? Map.of() : Map.copyOf(routing);
        booking = booking == null ? Map.of() : Map.copyOf(booking);
        caseSummary = caseSummary == null ? List.of() : List.copyOf(caseSummary);
    }

    public Optional<Page> page(String pageId) {
        return pages.stream().filter(page -> page.id().equals(pageId)).findFirst();
    }

    /** The question whose address a booking is for (its ward picks the round): {@code booking: address:}. */
    public Optional<String> bookingAddressQuestion() {
        return Optional.ofNullable(booking.get("address")).map(Object::toString);
    }

    /**
     * The single-choice question whose answer is the resource booked, of those the service books (a
     * register office: its option values are the resources' ids): {@code booking: choice:}.
     */
    public Optional<String> bookingChoiceQuestion() {
        return Optional.ofNullable(booking.get("choice")).map(Object::toString);
    }

    /** The form's booking question, if it has one (at most one: a request books once). */
    public Optional<Question> bookingQuestion() {
        return pages.stream().flatMap(page -> page.questions().stream())
                .filter(question -> question.type() == QuestionType.BOOKING).findFirst();
    }

    public Optional<Open311Offer> offeredOverOpen311() {
        return Optional.ofNullable(open311);
    }

    /** Every question of the form, page by page. */
    public List<Question> questions() {
        return pages.stream().flatMap(page -> page.questions().stream()).toList();
    }

    public Optional<Question> question(String questionId) {
        return pages.stream().flatMap(page -> page.questions().stream())
                .filter(question -> question.id().equals(questionId)).findFirst();
    }
}

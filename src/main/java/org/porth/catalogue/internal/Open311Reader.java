package org.porth.catalogue.internal;

import java.util.List;
import java.util.Set;

import org.porth.catalogue.Channel;
import org.porth.catalogue.Open311Offer;
import org.porth.catalogue.Page;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;

/**
 * {@code open311: {group: ..., description: ...}}: the service is offered over Open311 GeoReport v2.
 * A form Open311 could never complete is refused here, not at the first report: a required question
 * Open311 has no way to answer (a file upload, a booking) has no place in it.
 */
final class Open311Reader {

    private static final Set<QuestionType> UNANSWERABLE = Set.of(QuestionType.FILE_UPLOAD, QuestionType.BOOKING);
    private static final Set<QuestionType> DESCRIPTIONS = Set.of(QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT);

    private Open311Reader() {
    }

    /** @return null when the service is not offered over Open311 (or the section has problems) */
    static Open311Offer read(YamlMap service, List<Page> pages, Set<Channel> channels, String department) {
        if (!service.has("open311")) {
            return null;
        }
        if (!channels.contains(Channel.API)) {
            service.problem("open311", "the service is offered over Open311, so its channels need 'api'");
        }
        List<Question> questions = pages.stream().flatMap(page -> page.questions().stream()).toList();
        questions.stream().filter(question -> question.required() && UNANSWERABLE.contains(question.type()))
                .forEach(question -> service.problem("open311", "question '" + question.id() + "' is a required "
                        + question.type().yamlName() + " question, which Open311 cannot answer"));
        return service.map("open311", "the Open311 settings", Set.of("group", "description")).map(open311 -> {
            String description = open311.string("description").orElse(null);
            if (description != null && questions.stream().noneMatch(question -> question.id().equals(description)
                    && DESCRIPTIONS.contains(question.type()))) {
                open311.problem("description", "question '" + description
                        + "' is not a short-text or long-text question of the form");
            }
            return new Open311Offer(open311.string("group").orElse(department), description);
        }).orElse(null);
    }
}

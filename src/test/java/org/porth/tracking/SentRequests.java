package org.porth.tracking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.porth.apply.RequestSubmitted;
import org.porth.casework.internal.CaseOpening;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.forms.AnswersJson;
import org.porth.shared.Reference;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A resident's pothole report (or any request) as the form engine keeps it and casework opens it
 * (a pothole is routed to the highways queue), written without the form or the event delivery, so
 * tests start from a sent request.
 */
public final class SentRequests {

    public static final Answers POTHOLE = Answers.NONE
            .with("location", new Answer(Map.of("usrn", List.of("32710042"), "description", List.of("by the bus stop"))))
            .with("surface", Answer.of("road"))
            .with("danger", Answer.of("no"));

    private final JdbcTemplate jdbc;
    private final CaseOpening opening;
    private final Catalogue catalogue;

    public SentRequests(JdbcTemplate jdbc, CaseOpening opening, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.opening = opening;
        this.catalogue = catalogue;
    }

    /** A pothole report of the resident's, sent by the channel at the time given; its reference. */
    public String pothole(String residentId, Channel channel, Instant submitted) {
        return send("pothole", POTHOLE, residentId, channel, submitted);
    }

    /** A request to the service with these answers, as if checked and sent by the channel at the time given; its reference. */
    public String send(String serviceId, Answers answers, String residentId, Channel channel, Instant submitted) {
        String reference = Reference.random().value();
        String requestId = UUID.randomUUID().toString();
        int version = catalogue.current(serviceId).orElseThrow().version();
        jdbc.update("""
                insert into submitted_request (id, reference, draft_id, resident_id, service_id, service_version,
                    answers, channel, officer_id, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", requestId, reference, UUID.randomUUID().toString(),
                residentId, serviceId, version, AnswersJson.write(answers), channel.name(),
                channel == Channel.WEB ? null : "staff:someone", Timestamp.from(submitted));
        opening.open(new RequestSubmitted(requestId, new Reference(reference), serviceId, version, residentId, channel,
                channel == Channel.WEB ? null : "staff:someone", submitted, answers));
        return reference;
    }
}

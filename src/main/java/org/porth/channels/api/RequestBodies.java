package org.porth.channels.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.porth.catalogue.Text;
import tools.jackson.databind.JsonNode;

/** What clients send and get about requests. */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * A complete set of answers for a service.
     *
     * @param answers     by question id: a text, a list of texts (several choices), or an object of
     *                    fields as the question lists them (e.g. {@code {"day": "1", "month": "2", "year": "2026"}})
     * @param contact     who to tell about it, when the token acts for no resident
     * @param declaration the service's declaration confirmed; needed when the service has one
     * @param upload      what the answers' files were uploaded for ({@code POST /api/v1/files} gave it)
     */
    record NewRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "pothole") String service,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Map<String, JsonNode> answers,
            Contact contact,
            Boolean declaration,
            String upload) {
    }

    record Contact(@Schema(example = "Ann Jones") String name, @Schema(example = "ann@example.org") String email) {
    }

    /** A request made: where it stands now. */
    record Created(String reference, String status, Instant dueAt, Text queue) {
    }

    record RequestState(String reference, String service, String status, Instant submittedAt, Instant dueAt,
            Outcome outcome, List<Event> timeline) {
    }

    /** @param code e.g. {@code RESOLVED}; null until the council has finished */
    record Outcome(String code, String summary) {
    }

    /** One entry of the public timeline. */
    record Event(Instant at, String kind, String subject, String detail) {
    }

    record NewMessage(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message, List<String> files) {
    }

    /** @param from {@code resident} or {@code council} */
    record Message(Instant at, String from, String text, List<String> files) {
    }

    /** @param upload send it with the request's answers as {@code upload} */
    record UploadedFile(String id, String name, String mediaType, long size, String upload) {
    }
}

package org.porth.apply;

import java.time.Instant;

import org.porth.catalogue.Channel;
import org.porth.forms.Answers;
import org.porth.shared.Reference;

/**
 * A resident's request was submitted. Published through Spring Modulith's event publication
 * registry in the submitting transaction (a transactional outbox): the case service receives it
 * even if the process dies right after the commit.
 *
 * @param officerId the member of staff who entered it for a caller; null when the resident did
 * @param answers   the answers that apply to the request, as submitted
 * @param apiClient the API client that sent it ({@link Channel#API}); null for every other channel
 */
public record RequestSubmitted(
        String requestId,
        Reference reference,
        String serviceId,
        int serviceVersion,
        String residentId,
        Channel channel,
        String officerId,
        Instant submittedAt,
        Answers answers,
        ApiClient apiClient) {

    /** A request from any channel but the API. */
    public RequestSubmitted(String requestId, Reference reference, String serviceId, int serviceVersion,
            String residentId, Channel channel, String officerId, Instant submittedAt, Answers answers) {
        this(requestId, reference, serviceId, serviceVersion, residentId, channel, officerId, submittedAt, answers, null);
    }

    /** The API client that sent a request: its id, and its name as it was then (what staff see). */
    public record ApiClient(String id, String name) {
    }
}

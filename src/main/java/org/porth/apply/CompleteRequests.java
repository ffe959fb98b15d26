package org.porth.apply;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.porth.apply.RequestSubmitted.ApiClient;
import org.porth.apply.internal.Draft;
import org.porth.apply.internal.RequestStore;
import org.porth.apply.internal.SubmittedRequest;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.CheckedAnswers;
import org.porth.shared.Reference;
import org.porth.identity.SystemTask;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A request sent complete in one go by an API client, on the same path as Submit on the web
 * ({@link RequestStore}): one request, its files sent with it, and {@link RequestSubmitted} in the
 * same transaction, so it becomes a case in the same queue with the same clock. Called in the caller's
 * transaction, which also opens the case: a unique key broken (the same upload sent at the same
 * moment, a reference drawn twice) ends that transaction, and the caller sends again.
 */
@Service
public class CompleteRequests {

    private final RequestStore store;
    private final Clock clock;

    CompleteRequests(RequestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param channel    how it came: {@link Channel#API} for an API or Open311 client, {@link Channel#DEVICE}
     *                   for a device's signal; the service must be offered that way, or this refuses it
     * @param checked    the answers as {@code FormCheck} checked them: complete, or this refuses them
     * @param residentId whose request it is: the resident who let the app act for them, or the record
     *                   made for the contact the request gives
     * @param uploadId   what the answers' files were uploaded for; null when they name none. It makes
     *                   one request: sent again, the first request's reference comes back
     */
    @PreAuthorize("hasAnyAuthority('SCOPE_requests:write', 'SCOPE_open311', '" + SystemTask.DEVICE_SIGNALS_AUTHORITY + "')")
    public SentRequest submit(ServiceDefinition definition, Channel channel, CheckedAnswers checked, String residentId,
            String uploadId, ApiClient client) {
        if (!definition.channels().contains(channel)) {
            throw new IllegalArgumentException("Service " + definition.id() + " is not offered through " + channel);
        }
        if (!checked.complete()) {
            throw new IllegalArgumentException("Only complete answers can be sent");
        }
        String draftId = checked.answers().fileIds().isEmpty() || uploadId == null
                ? UUID.randomUUID().toString() : uploadId;
        // an upload makes one request: when it was sent before, that request is the answer
        Optional<SubmittedRequest> before = draftId.equals(uploadId) ? store.submitted(draftId) : Optional.empty();
        SubmittedRequest request = before.orElseGet(() -> store.submit(Draft.complete(draftId, residentId,
                definition.id(), definition.version(), channel, clock.instant()), checked.answers(), definition, client));
        // in a caller's transaction the store inserts or fails; alone, it may find the request another call inserted
        boolean sentNow = before.isEmpty() && TransactionSynchronizationManager.isActualTransactionActive();
        return new SentRequest(request.reference(), new RequestSubmitted(request.id(), request.reference(),
                request.serviceId(), request.serviceVersion(), request.residentId(), request.channel(),
                request.officerId(), request.submittedAt(), request.answers(), request.apiClient()), sentNow);
    }

    /**
     * The request sent, and what it told the case service.
     *
     * @param sentNow inserted just now, in the caller's transaction: it cannot have a case yet
     */
    public record SentRequest(Reference reference, RequestSubmitted submitted, boolean sentNow) {
    }
}

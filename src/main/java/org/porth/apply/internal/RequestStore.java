package org.porth.apply.internal;

import java.time.Clock;
import java.util.Optional;

import org.porth.apply.RequestSubmitted;
import org.porth.apply.RequestSubmitted.ApiClient;
import org.porth.attachments.Attachments;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answers;
import org.porth.shared.Reference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a draft into a submitted request exactly once. A double click, a retry after a network
 * blip, or the same draft submitted from two tabs at the same moment all end with one request:
 * the draft id is unique among requests, so the second insert fails and the caller gets the first
 * request's reference. The request, its booking's confirmation, its files sent with it, the draft's
 * removal and the {@link RequestSubmitted} event (Spring Modulith's outbox) commit together.
 */
@Component
public class RequestStore {

    private static final int ATTEMPTS = 3;

    private final SubmittedRequestRepository requests;
    private final DraftRepository drafts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final FormBookings bookings;
    private final Attachments files;

    RequestStore(SubmittedRequestRepository requests, DraftRepository drafts, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock, FormBookings bookings, Attachments files) {
        this.requests = requests;
        this.drafts = drafts;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.bookings = bookings;
        this.files = files;
    }

    /**
     * @throws org.porth.booking.BookingRefused when the form's booking can no longer be confirmed;
     *         nothing is submitted
     */
    public SubmittedRequest submit(Draft draft, Answers answers, ServiceDefinition definition) {
        return submit(draft, answers, definition, null);
    }

    /** As {@link #submit(Draft, Answers, ServiceDefinition)}, for a request an API client sends. */
    public SubmittedRequest submit(Draft draft, Answers answers, ServiceDefinition definition, ApiClient client) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // the caller's transaction (the API's, opening the case with it): a broken unique key ends
            // it, so looking for the first request here cannot work; the caller sends again
            return insert(draft, answers, definition, client);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return transaction.execute(status -> insert(draft, answers, definition, client));
            } catch (DataIntegrityViolationException alreadySubmittedOrReferenceTaken) {
                Optional<SubmittedRequest> submitted = requests.findByDraftId(draft.id());
                if (submitted.isPresent()) {
                    return submitted.get();
                }
                // the reference was taken: try again with a new one
            }
        }
        throw new IllegalStateException("Draft " + draft.id() + " could not be submitted");
    }

    /** The request a draft (or an API upload) became, if it was submitted. */
    public Optional<SubmittedRequest> submitted(String draftId) {
        return requests.findByDraftId(draftId);
    }

    private SubmittedRequest insert(Draft draft, Answers answers, ServiceDefinition definition, ApiClient client) {
        Reference reference = Reference.random();
        // the booking is confirmed in this transaction: the request and its booking commit together
        Answers kept = bookings.confirm(definition, answers, draft.residentId(), reference.value());
        SubmittedRequest request = requests.saveAndFlush(new SubmittedRequest(draft, kept, reference, clock.instant(), client));
        if (!draft.sentComplete() || !kept.fileIds().isEmpty()) {
            files.sendWithRequest(draft.id(), kept.fileIds(), reference.value());
        }
        if (!draft.sentComplete()) {
            drafts.deleteById(draft.id());
            drafts.flush();
        }
        events.publishEvent(new RequestSubmitted(request.id(), request.reference(), request.serviceId(),
                request.serviceVersion(), request.residentId(), request.channel(), request.officerId(),
                request.submittedAt(), kept, client));
        return request;
    }
}

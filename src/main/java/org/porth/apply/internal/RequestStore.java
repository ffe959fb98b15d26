package org.porth.apply.internal;

import java.time.Clock;
import java.util.Optional;

import org.porth.apply.Answers;
import org.porth.apply.RequestSubmitted;
import org.porth.apply.Reference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a draft into a submitted request exactly once. A double click, a retry after a network
 * blip, or the same draft submitted from two tabs at the same moment all end with one request:
 * the draft id is unique among requests, so the second insert fails and the caller gets the first
 * request's reference. The request, the draft's removal and the {@link RequestSubmitted} event
 * (Spring Modulith's outbox) commit together.
 */
@Component
public class RequestStore {

    private static final int ATTEMPTS = 3;

    private final SubmittedRequestRepository requests;
    private final DraftRepository drafts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RequestStore(SubmittedRequestRepository requests, DraftRepository drafts, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.requests = requests;
        this.drafts = drafts;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public SubmittedRequest submit(Draft draft, Answers answers) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return transaction.execute(status -> insert(draft, answers));
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

    private SubmittedRequest insert(Draft draft, Answers answers) {
        SubmittedRequest request = requests.saveAndFlush(
                new SubmittedRequest(draft, answers, Reference.random(), clock.instant()));
        drafts.deleteById(draft.id());
        drafts.flush();
        events.publishEvent(new RequestSubmitted(request.id(), request.reference(), request.serviceId(),
                request.serviceVersion(), request.residentId(), request.channel(), request.officerId(),
                request.submittedAt(), answers));
        return request;
    }
}

package org.porth.apply;

import java.time.Instant;
import java.util.UUID;

import org.porth.apply.internal.DemoAnswers;
import org.porth.apply.internal.Draft;
import org.porth.apply.internal.SatisfactionAnswer;
import org.porth.apply.internal.SatisfactionAnswerRepository;
import org.porth.apply.internal.SubmittedRequest;
import org.porth.apply.internal.SubmittedRequestRepository;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.identity.SystemTask;
import org.porth.shared.Reference;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo year's requests (decision 0066; never in {@code prod}): stored at the time the plan gives,
 * not the clock's now, which no ordinary entry point allows. Only the demo's system task may call it.
 * No {@link RequestSubmitted} is published: the caller opens the case in the same transaction (as the
 * API does), and a year-old request has nobody to tell.
 */
@Service
@Profile("!prod")
public class DemoRequests {

    private static final String DEMO = "hasAuthority('" + SystemTask.INSIGHT_DEMO_AUTHORITY + "')";

    private final Catalogue catalogue;
    private final SubmittedRequestRepository requests;
    private final SatisfactionAnswerRepository satisfaction;
    private final DemoAnswers answers;

    DemoRequests(Catalogue catalogue, SubmittedRequestRepository requests, SatisfactionAnswerRepository satisfaction,
            DemoAnswers answers) {
        this.catalogue = catalogue;
        this.requests = requests;
        this.satisfaction = satisfaction;
        this.answers = answers;
    }

    /**
     * @param residentId whose it is: a request sent again after withdrawing is the same resident's
     * @param place      which of the demo's places it is about: a repeat report names the same place
     * @return what the case service needs to open its case
     */
    @PreAuthorize(DEMO)
    @Transactional(propagation = Propagation.MANDATORY)
    public RequestSubmitted send(String serviceId, Channel channel, String residentId, int place, Instant at) {
        ServiceDefinition service = catalogue.current(serviceId)
                .orElseThrow(() -> new IllegalArgumentException("No service " + serviceId));
        String id = UUID.randomUUID().toString();
        Draft draft = Draft.complete(id, residentId, service.id(), service.version(), channel, at);
        SubmittedRequest request = requests.save(new SubmittedRequest(draft, answers.of(service, place),
                Reference.random(), at, null));
        return new RequestSubmitted(request.id(), request.reference(), request.serviceId(), request.serviceVersion(),
                request.residentId(), request.channel(), request.officerId(), request.submittedAt(), request.answers());
    }

    /** The resident's answer on the confirmation page, at the time given. */
    @PreAuthorize(DEMO)
    @Transactional(propagation = Propagation.MANDATORY)
    public void rate(RequestSubmitted request, int score, Instant at) {
        satisfaction.save(new SatisfactionAnswer(request.reference().value(), request.serviceId(), score, null, at));
    }
}

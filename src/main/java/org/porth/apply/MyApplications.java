package org.porth.apply;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.porth.apply.internal.Applicants;
import org.porth.apply.internal.DraftRepository;
import org.porth.apply.internal.SubmittedRequestRepository;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answers;
import org.porth.shared.Reference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a resident has started and sent, from every channel, for My requests. */
@Service
public class MyApplications {

    private final DraftRepository drafts;
    private final SubmittedRequestRepository requests;
    private final Catalogue catalogue;
    private final Applicants applicants;

    MyApplications(DraftRepository drafts, SubmittedRequestRepository requests, Catalogue catalogue,
            Applicants applicants) {
        this.drafts = drafts;
        this.requests = requests;
        this.catalogue = catalogue;
        this.applicants = applicants;
    }

    /**
     * A form the resident started, and when it will be deleted if they do not come back to it; when
     * it was started and its answers so far tell two drafts of one service apart.
     */
    public record DraftSummary(String draftId, ServiceDefinition service, Instant startedAt, Instant savedAt,
            Instant expiresAt, FormPosition resumeAt, Answers answers) {
    }

    /** A request the resident sent, or an officer sent for them. */
    public record RequestSummary(Reference reference, ServiceDefinition service, Instant submittedAt, Channel channel) {
    }

    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public List<DraftSummary> drafts() {
        String resident = applicants.currentResident().id().toString();
        return drafts.findByResidentIdOrderByUpdatedAtDesc(resident).stream()
                .filter(draft -> draft.officerId() == null)
                .flatMap(draft -> service(draft.serviceId(), draft.serviceVersion())
                        .map(service -> new DraftSummary(draft.id(), service, draft.createdAt(), draft.updatedAt(),
                                draft.expiresAt(), new FormPosition(draft.id(), draft.resumePage()), draft.answers()))
                        .stream())
                .toList();
    }

    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public List<RequestSummary> requests() {
        String resident = applicants.currentResident().id().toString();
        return requests.findByResidentIdOrderBySubmittedAtDesc(resident).stream()
                .flatMap(request -> service(request.serviceId(), request.serviceVersion())
                        .map(service -> new RequestSummary(request.reference(), service, request.submittedAt(),
                                request.channel()))
                        .stream())
                .toList();
    }

    private Optional<ServiceDefinition> service(String serviceId, int version) {
        return catalogue.version(serviceId, version);
    }
}

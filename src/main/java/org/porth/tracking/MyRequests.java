package org.porth.tracking;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.porth.apply.MyApplications;
import org.porth.apply.MyApplications.DraftSummary;
import org.porth.casework.ResidentCaseSummary;
import org.porth.casework.ResidentCases;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the resident has asked the council for, from every channel, with its status and due
 * date, and the forms they have started: the page a resident opens instead of phoning to ask.
 */
@Service
public class MyRequests {

    private final MyApplications applications;
    private final ResidentCases cases;

    MyRequests(MyApplications applications, ResidentCases cases) {
        this.applications = applications;
        this.cases = cases;
    }

    public record Listing(List<DraftSummary> drafts, List<TrackedRequest> requests) {
    }

    /** One read of the requests and one of the cases, however many there are. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public Listing list() {
        Map<String, ResidentCaseSummary> byReference = cases.mine().stream()
                .collect(Collectors.toMap(ResidentCaseSummary::reference, Function.identity()));
        List<TrackedRequest> requests = applications.requests().stream().map(request -> {
            ResidentCaseSummary found = byReference.get(request.reference().value());
            return new TrackedRequest(request.reference(), request.service(), request.channel(), request.submittedAt(),
                    found == null ? null : found.status(), found == null ? null : found.dueAt());
        }).toList();
        return new Listing(applications.drafts(), requests);
    }
}

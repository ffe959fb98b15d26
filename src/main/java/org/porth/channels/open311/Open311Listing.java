package org.porth.channels.open311;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.porth.casework.CaseStatus;
import org.porth.casework.PublicCase;
import org.porth.casework.PublicCases;
import org.porth.casework.PublicUpdate;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open311's {@code GET requests}, {@code GET requests/{id}} and the {@code servicerequestupdates}
 * extension: the requests Open311 clients made, with where their cases stand. A request made on the
 * web is not listed: its reporter was never told it would be shown publicly.
 */
@Service
public class Open311Listing {

    /** The most requests one answer lists, as the specification's default. */
    static final int MOST = 1000;

    private final Open311RequestRepository requests;
    private final PublicCases cases;

    Open311Listing(Open311RequestRepository requests, PublicCases cases) {
        this.requests = requests;
        this.cases = cases;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Listed> byReferences(Collection<String> references) {
        return listed(requests.findByReferenceIn(references));
    }

    /**
     * The newest {@value #MOST} requests made from {@code from} to {@code to} (of those services, when
     * any are named), then those of the status asked for, newest first.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Listed> find(List<String> serviceCodes, Instant from, Instant to, Optional<String> status) {
        List<Open311Request> made = serviceCodes.isEmpty()
                ? requests.findByRequestedAtGreaterThanEqualAndRequestedAtLessThanOrderByRequestedAtDesc(from, to, Limit.of(MOST))
                : requests.findByServiceCodeInAndRequestedAtGreaterThanEqualAndRequestedAtLessThanOrderByRequestedAtDesc(
                        serviceCodes, from, to, Limit.of(MOST));
        return listed(made).stream().filter(listed -> status.map(listed.status()::equals).orElse(true)).toList();
    }

    /** Status changes of Open311 requests' cases from {@code from} to {@code to}, oldest first; ids never change. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Update> updates(Instant from, Instant to) {
        List<PublicUpdate> changes = cases.updates(from, to, MOST);
        var ours = requests.findByReferenceIn(changes.stream().map(PublicUpdate::reference).collect(Collectors.toSet()))
                .stream().map(Open311Request::reference).collect(Collectors.toSet());
        return changes.stream().filter(change -> ours.contains(change.reference()))
                .map(change -> new Update(change.id(), change.reference(), change.status(), change.at())).toList();
    }

    private List<Listed> listed(List<Open311Request> made) {
        Map<String, PublicCase> opened = cases.of(made.stream().map(Open311Request::reference).toList()).stream()
                .collect(Collectors.toMap(PublicCase::reference, Function.identity()));
        return made.stream().map(request -> new Listed(request, Optional.ofNullable(opened.get(request.reference()))))
                .toList();
    }

    /**
     * A request with its case; the case is missing in the moment between the request and its case
     * opening (the case service opens it from the request's event).
     */
    public record Listed(Open311Request request, Optional<PublicCase> opened) {

        /** GeoReport's two statuses: {@code open} until the council has finished with it. */
        public String status() {
            return opened.map(PublicCase::status).map(Listed::of).orElse("open");
        }

        static String of(CaseStatus status) {
            return status.isOpen() ? "open" : "closed";
        }
    }

    public record Update(String id, String reference, CaseStatus status, Instant at) {
    }
}

package org.porth.casework;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.porth.casework.internal.AuditLog;
import org.porth.casework.internal.CaseAccess;
import org.porth.casework.internal.CaseDetailsReader;
import org.porth.casework.internal.ServiceCase;
import org.porth.casework.internal.ServiceCaseRepository;
import org.porth.casework.internal.Teams;
import org.porth.casework.internal.Timeline;
import org.porth.catalogue.Text;
import org.porth.shared.ActionRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving work between people and teams: re-routing a case to another queue, assigning it
 * (supervisors), and marking it a duplicate of another case, which links the two and closes it.
 */
@Service
public class CaseCoordination {

    private final CaseAccess access;
    private final ServiceCaseRepository cases;
    private final Teams teams;
    private final Timeline timeline;
    private final CaseDetailsReader details;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseCoordination(CaseAccess access, ServiceCaseRepository cases, Teams teams, Timeline timeline,
            CaseDetailsReader details, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.audit = audit;
        this.events = events;
        this.access = access;
        this.cases = cases;
        this.teams = teams;
        this.timeline = timeline;
        this.details = details;
        this.clock = clock;
    }

    /** Every queue a case can be re-routed to, with its name in English and Welsh. */
    @PreAuthorize(Cases.STAFF)
    public Map<String, Text> queues() {
        return teams.queueNames();
    }

    /** The officers a supervisor can give the case to: the team that works its queue. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<String> officersFor(String reference) {
        return teams.membersFor(access.staffCase(reference).queueId());
    }

    /** To another queue, with the reason; it leaves the officer who had it. */
    @PreAuthorize(Cases.STAFF)
    @Transactional
    public CaseDetails reroute(String reference, long version, String queue, String reason) {
        ServiceCase routed = CaseWork.current(access, reference, version);
        if (queue == null || !teams.queues().contains(queue) || queue.equals(routed.queueId())) {
            throw new ActionRefused("queue", "case.queue.required");
        }
        String why = CaseWork.required(reason, "reroute-reason");
        routed.reroute(queue, clock.instant());
        timeline.add(routed, TimelineKind.REROUTED, false, access.officer(), queue, why);
        audit.record(routed, access.officer(), AuditItem.REROUTED, AuditLog.CASE_VIEW, queue);
        return details.changed(routed);
    }

    /** A supervisor gives the case to an officer of the team that works its queue. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public CaseDetails assign(String reference, long version, String officer) {
        ServiceCase assigned = CaseWork.current(access, reference, version);
        if (officer == null || !teams.membersFor(assigned.queueId()).contains(officer)) {
            throw new ActionRefused("officer", "case.officer.required");
        }
        assigned.assignTo(officer, clock.instant());
        timeline.assigned(assigned, officer, access.officer());
        audit.record(assigned, access.officer(), AuditItem.ASSIGNED, AuditLog.CASE_VIEW, officer);
        return details.changed(assigned);
    }

    /** The same request as another case: both are linked, and this one closes as a duplicate. */
    @PreAuthorize(Cases.STAFF)
    @Transactional
    public CaseDetails markDuplicate(String reference, long version, String originalReference) {
        ServiceCase duplicate = CaseWork.current(access, reference, version);
        ServiceCase original = cases.findByReference(originalReference == null ? "" : originalReference.strip())
                .filter(found -> !found.id().equals(duplicate.id()))
                .orElseThrow(() -> new ActionRefused("original", "case.original.unknown"));
        duplicate.end(Outcome.DUPLICATE_OF_ANOTHER, original.reference(), clock.instant());
        timeline.add(duplicate, TimelineKind.DUPLICATE_OF, true, access.officer(), original.reference(), null);
        duplicate.moveTo(CaseStatus.CLOSED, clock.instant());
        timeline.statusChanged(duplicate, access.officer(), null);
        timeline.add(original, TimelineKind.DUPLICATE_LINKED, false, access.officer(), duplicate.reference(), null);
        audit.record(duplicate, access.officer(), "MARKED_DUPLICATE", AuditLog.CASE_VIEW, original.reference());
        events.publishEvent(new CaseStatusChanged(duplicate.reference(), duplicate.residentId(), CaseStatus.CLOSED,
                clock.instant()));
        return details.changed(duplicate);
    }
}

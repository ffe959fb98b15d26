package org.porth.casework;

import java.time.Clock;
import java.time.Instant;

import org.porth.casework.internal.AuditLog;
import org.porth.casework.internal.CaseAccess;
import org.porth.casework.internal.CaseDetailsReader;
import org.porth.casework.internal.ReopenWindow;
import org.porth.casework.internal.ServiceCase;
import org.porth.casework.internal.Timeline;
import org.porth.shared.ActionRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer working a case from the case view: status, notes, asking the resident for more
 * information, and ending it with an outcome. Every change names the version of the case the
 * officer saw; if someone else changed it meanwhile, nothing is changed ({@link CaseChangedException}).
 */
@Service
public class CaseWork {

    /** The longest note, question, reason or outcome summary. */
    public static final int MAX_TEXT = 4000;

    private final CaseAccess access;
    private final Timeline timeline;
    private final CaseDetailsReader details;
    private final AuditLog audit;
    private final Clock clock;
    private final ReopenWindow reopenWindow;
    private final ApplicationEventPublisher events;

    CaseWork(CaseAccess access, Timeline timeline, CaseDetailsReader details, AuditLog audit, Clock clock,
            ReopenWindow reopenWindow, ApplicationEventPublisher events) {
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.details = details;
        this.clock = clock;
        this.reopenWindow = reopenWindow;
        this.events = events;
    }

    /** The case, for the case view; every such read is in the audit log. */
    @PreAuthorize(Cases.STAFF)
    @Transactional
    public CaseDetails open(String reference) {
        ServiceCase read = access.staffCase(reference);
        audit.record(read, access.officer(), "READ", AuditLog.CASE_VIEW, null);
        return details.of(read);
    }

    /** Moves the case on; asking the resident and ending with an outcome have their own actions. */
    @PreAuthorize(Cases.STAFF)
    @Transactional
    public CaseDetails changeStatus(String reference, long version, CaseStatus to, String reason) {
        ServiceCase worked = current(reference, version);
        if (to == CaseStatus.AWAITING_RESIDENT || to.isOutcome()) {
            throw new ActionRefused("status", "case.status.use-action");
        }
        if (worked.status().reopensTo(to) && reopenWindow.isOver(worked)) {
            throw new ActionRefused("status", "case.reopen.too-late");
        }
        Instant now = clock.instant();
        worked.moveTo(to, now);
        timeline.statusChanged(worked, access.officer(), optional(reason, "reason"));
        audit.record(worked, access.officer(), AuditItem.STATUS_CHANGED, AuditLog.CASE_VIEW, to.name());
        events.publishEvent(new CaseStatusChanged(worked.reference(), worked.residentId(), to, now));
        return details.changed(worked);
    }

    /** An internal note: never shown to the resident. */
    @PreAuthorize(Cases.STAFF)
    @Transactional
    public CaseDetails addNote(String reference, String note) {
        ServiceCase worked = access.staffCase(reference);
        timeline.add(worked, TimelineKind.NOTE, false, access.officer(), null, required(note, "note"));
        audit.record(worked, access.officer(), "NOTE_ADDED", AuditLog.CASE_VIEW, null);
        return details.of(worked);
    }

    /** A message to the resident about their request: they see it, and are told of it ({@link CouncilMessageSent}). */
    @PreAuthorize(Cases.STAFF)
    @Transactional
    public CaseDetails messageResident(String reference, String message) {
        ServiceCase worked = access.staffCase(reference);
        String text = required(message, "message");
        timeline.add(worked, TimelineKind.COUNCIL_MESSAGE, true, access.officer(), null, text);
        audit.record(worked, access.officer(), "MESSAGE_SENT", AuditLog.CASE_VIEW, null);
        events.publishEvent(new CouncilMessageSent(worked.reference(), worked.residentId(), clock.instant()));
        return details.of(worked);
    }

    /**
     * A contact from the resident about the case (a call, a visit), with why they made it as they put it:
     * the failure demand managers see ({@link ContactClassified}). It changes nothing else on the case.
     */
    @PreAuthorize(Cases.STAFF)
    @Transactional
    public CaseDetails recordContact(String reference, ContactReason reason, String note) {
        if (reason == null) {
            throw new ActionRefused("contact-reason", "case.contact-reason.required");
        }
        ServiceCase worked = access.staffCase(reference);
        timeline.add(worked, TimelineKind.CONTACT, false, access.officer(), reason.name(), optional(note, "contact-note"));
        audit.record(worked, access.officer(), "CONTACT_RECORDED", AuditLog.CASE_VIEW, null);
        events.publishEvent(new ContactClassified(worked.reference(), worked.serviceId(), reason.name(), clock.instant()));
        return details.of(worked);
    }

    /** Asks the resident a question: the case waits for them and its clock stops until they reply. */
    @PreAuthorize(Cases.STAFF)
    @Transactional
    public CaseDetails requestInformation(String reference, long version, String question) {
        ServiceCase worked = current(reference, version);
        String asked = required(question, "question");
        Instant now = clock.instant();
        worked.pause(now);
        timeline.add(worked, TimelineKind.INFORMATION_REQUESTED, true, access.officer(), null, asked);
        timeline.add(worked, TimelineKind.CLOCK_PAUSED, true, access.officer(), null, null);
        audit.record(worked, access.officer(), "INFORMATION_REQUESTED", AuditLog.CASE_VIEW, null);
        events.publishEvent(new InformationRequested(worked.reference(), worked.residentId(), now));
        return details.changed(worked);
    }

    /** Ends the case with an outcome and words for the resident. */
    @PreAuthorize(Cases.STAFF)
    @Transactional
    public CaseDetails end(String reference, long version, Outcome outcome, String summaryForResident) {
        ServiceCase worked = current(reference, version);
        if (outcome == null || !outcome.officerMayChoose()) {
            throw new ActionRefused("outcome", "case.outcome.required");
        }
        String summary = required(summaryForResident, "summary");
        Instant now = clock.instant();
        worked.end(outcome, summary, now);
        timeline.statusChanged(worked, access.officer(), null);
        timeline.add(worked, TimelineKind.OUTCOME, true, access.officer(), outcome.name(), summary);
        audit.record(worked, access.officer(), AuditItem.FINISHED, AuditLog.CASE_VIEW, outcome.name());
        events.publishEvent(new CaseResolved(worked.reference(), worked.residentId(), outcome, summary, now));
        return details.changed(worked);
    }

    /** The case as the officer last saw it, or a refusal if someone else changed it since. */
    static ServiceCase current(CaseAccess access, String reference, long version) {
        ServiceCase worked = access.staffCase(reference);
        if (worked.version() != version) {
            throw new CaseChangedException(reference);
        }
        return worked;
    }

    private ServiceCase current(String reference, long version) {
        return current(access, reference, version);
    }

    static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ActionRefused(field, "case." + field + ".required");
        }
        return optional(text, field);
    }

    static String optional(String text, String field) {
        if (text != null && text.strip().length() > MAX_TEXT) {
            throw new ActionRefused(field, "case." + field + ".too-long");
        }
        return text == null || text.isBlank() ? null : text.strip();
    }
}

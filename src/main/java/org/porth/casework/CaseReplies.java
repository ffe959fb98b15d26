package org.porth.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.porth.casework.internal.ServiceCase;
import org.porth.casework.internal.ServiceCaseRepository;
import org.porth.casework.internal.Timeline;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.BusinessCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident answers the council's request for more information. The case goes back to the
 * officer and its clock runs again: the due date moves on by the working time it stood still.
 */
@Service
public class CaseReplies {

    private final ServiceCaseRepository cases;
    private final ResidentProfiles residents;
    private final Timeline timeline;
    private final BusinessCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseReplies(ServiceCaseRepository cases, ResidentProfiles residents, Timeline timeline, BusinessCalendar calendar,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.cases = cases;
        this.residents = residents;
        this.timeline = timeline;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The new due date. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional
    public Instant reply(String reference, String answer) {
        ServiceCase waiting = cases.findByReference(reference)
                .filter(found -> found.residentId().equals(residents.current().id().toString()))
                .orElseThrow(() -> new NoSuchCaseException(reference));
        if (waiting.status() != CaseStatus.AWAITING_RESIDENT) {
            throw new CaseActionRefused("answer", "case.reply.not-waiting");
        }
        String reply = CaseWork.required(answer, "answer");
        Instant now = clock.instant();
        Instant due = dueAfterPause(waiting.pausedAt(), waiting.dueAt(), now);
        waiting.resume(due, now);
        timeline.add(waiting, TimelineKind.RESIDENT_REPLIED, true, null, null, reply);
        timeline.add(waiting, TimelineKind.CLOCK_RESUMED, true, null, due.toString(), null);
        timeline.statusChanged(waiting, null, null);
        events.publishEvent(new CaseDueDateMoved(waiting.reference(), waiting.residentId(), due, now));
        return due;
    }

    /** The working time that was left when the clock stopped, counted again from now. */
    private Instant dueAfterPause(Instant pausedAt, Instant due, Instant now) {
        if (!pausedAt.isBefore(due)) {
            return due; // it was already due: waiting for the resident does not give it back time
        }
        Duration left = calendar.workingTimeBetween(pausedAt, due);
        return calendar.addWorkingTime(now, left);
    }
}

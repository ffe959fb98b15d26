package org.porth.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.porth.casework.internal.ServiceCase;
import org.porth.casework.internal.Timeline;
import org.porth.shared.ActionRefused;
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

    private final ResidentCaseAccess access;
    private final Timeline timeline;
    private final BusinessCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseReplies(ResidentCaseAccess access, Timeline timeline, BusinessCalendar calendar,
            ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.events = events;
        this.timeline = timeline;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The new due date. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional
    public Instant reply(String reference, String answer) {
        ServiceCase waiting = access.residentsCase(reference);
        if (waiting.status() != CaseStatus.AWAITING_RESIDENT) {
            throw new ActionRefused("answer", "case.reply.not-waiting");
        }
        return resume(waiting, CaseWork.required(answer, "answer"), List.of());
    }

    /** The reply, with the files sent with it, answers the question: the clock runs again. */
    Instant resume(ServiceCase waiting, String reply, List<MessageFile> files) {
        Instant now = clock.instant();
        Instant due = dueAfterPause(waiting.pausedAt(), waiting.dueAt(), now);
        waiting.resume(due, now);
        timeline.add(waiting, TimelineKind.RESIDENT_REPLIED, true, null, MessageFile.write(files), reply);
        timeline.clockResumed(waiting, due, now);
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

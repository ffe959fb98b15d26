package org.porth.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.porth.casework.SlaState;
import org.porth.shared.BusinessCalendar;

/**
 * How a case stands against its service level: breached once it is past due, at risk once 80% of
 * its working time (office hours from submission to due) is used, else on track. A paused clock
 * (awaiting the resident) is measured as it stood when it paused.
 */
final class SlaRule {

    private final BusinessCalendar calendar;

    SlaRule(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    SlaState stateAt(WatchedCase watched, Instant now) {
        Instant measured = watched.pausedAt() != null ? watched.pausedAt() : now;
        if (measured.isAfter(watched.dueAt())) {
            return SlaState.BREACHED;
        }
        if (measured.isBefore(watched.submittedAt())) {
            return SlaState.ON_TRACK; // a node whose clock is behind the one that opened the case
        }
        Duration used = calendar.workingTimeBetween(watched.submittedAt(), measured);
        Duration total = calendar.workingTimeBetween(watched.submittedAt(), watched.dueAt());
        // used / total >= 4 / 5, in whole nanoseconds so that exactly 80% is at risk
        return used.multipliedBy(5).compareTo(total.multipliedBy(4)) >= 0 ? SlaState.AT_RISK : SlaState.ON_TRACK;
    }

    /**
     * The state the case moves to now, if it moves: only ever on (on track, at risk, breached), since
     * a flag raised to officers and notifications is not taken back by the watch.
     */
    Optional<SlaState> change(WatchedCase watched, Instant now) {
        SlaState state = stateAt(watched, now);
        return state.compareTo(watched.slaState()) > 0 ? Optional.of(state) : Optional.empty();
    }
}

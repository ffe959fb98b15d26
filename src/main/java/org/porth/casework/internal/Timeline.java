package org.porth.casework.internal;

import java.time.Clock;
import java.time.Instant;

import org.porth.casework.SlaState;
import org.porth.casework.TimelineKind;
import org.springframework.stereotype.Component;

/** Writes what happens to a case into its timeline, marking what the resident may see. */
@Component
public class Timeline {

    private final TimelineRepository entries;
    private final Clock clock;

    Timeline(TimelineRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public void assigned(ServiceCase assigned, String officer, String by) {
        entries.save(new TimelineEntry(assigned.id(), clock.instant(), TimelineKind.ASSIGNED, false, by, officer, null));
    }

    /** The resident sees every change of status. */
    public void statusChanged(ServiceCase changed, String by, String reason) {
        entries.save(new TimelineEntry(changed.id(), clock.instant(), TimelineKind.STATUS_CHANGED, true, by,
                changed.status().name(), reason));
    }

    /** The service-level watch flagged the case: for officers and supervisors, not the resident. */
    void slaFlagged(WatchedCase flagged, SlaState state, Instant at) {
        TimelineKind kind = switch (state) {
            case AT_RISK -> TimelineKind.AT_RISK;
            case BREACHED -> TimelineKind.BREACHED;
            case ON_TRACK -> throw new IllegalArgumentException("The watch never puts a case back on track");
        };
        entries.save(new TimelineEntry(flagged.id(), at, kind, false, null, null, "Due " + flagged.dueAt()));
    }
}

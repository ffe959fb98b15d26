package org.porth.casework.internal;

import java.time.Clock;

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
}

package org.porth.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.porth.casework.CaseActivity;
import org.porth.casework.CaseStatus;
import org.porth.casework.SlaState;
import org.porth.casework.TimelineItem;
import org.porth.casework.TimelineKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes what happens to a case into its timeline, marking what the resident may see. Every change
 * of a case passes here, so here each one is published as a {@link CaseActivity} for the open staff
 * pages (Take next, which writes its entries itself, publishes its own).
 */
@Component
public class Timeline {

    private final TimelineRepository entries;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Timeline(TimelineRepository entries, EntityManager entityManager, Clock clock, ApplicationEventPublisher events) {
        this.entries = entries;
        this.entityManager = entityManager;
        this.clock = clock;
        this.events = events;
    }

    public void assigned(ServiceCase assigned, String officer, String by) {
        add(assigned, TimelineKind.ASSIGNED, false, by, officer, null);
    }

    /** The resident sees every change of status. */
    public void statusChanged(ServiceCase changed, String by, String reason) {
        add(changed, TimelineKind.STATUS_CHANGED, true, by, changed.status().name(), reason);
    }

    /** Take next: the officer took the case, and into triage when it was new. */
    void taken(String caseId, String officer, boolean intoTriage) {
        add(caseId, TimelineKind.ASSIGNED, false, officer, officer, null);
        if (intoTriage) {
            add(caseId, TimelineKind.STATUS_CHANGED, true, officer, CaseStatus.IN_TRIAGE.name(), null);
        }
    }

    /** The clock runs again at {@code at}, the time the new due date was counted from. */
    public void clockResumed(ServiceCase resumed, Instant due, Instant at) {
        write(new TimelineEntry(resumed.id(), at, TimelineKind.CLOCK_RESUMED, true, null, due.toString(), null));
        events.publishEvent(new CaseActivity(resumed.reference(), resumed.queueId(), TimelineKind.CLOCK_RESUMED, null, at));
    }

    public void add(ServiceCase about, TimelineKind kind, boolean visibleToResident, String actor, String subject,
            String detail) {
        add(about.id(), kind, visibleToResident, actor, subject, detail);
        events.publishEvent(new CaseActivity(about.reference(), about.queueId(), kind, actor, clock.instant()));
    }

    private void add(String caseId, TimelineKind kind, boolean visibleToResident, String actor, String subject,
            String detail) {
        write(new TimelineEntry(caseId, clock.instant(), kind, visibleToResident, actor, subject, detail));
    }

    public List<TimelineItem> of(ServiceCase about) {
        return entries.findByCaseIdOrderByHappenedAt(about.id()).stream()
                .map(entry -> new TimelineItem(entry.happenedAt(), entry.kind(), entry.visibleToResident(),
                        entry.actor(), entry.subject(), entry.detail()))
                .toList();
    }

    /** The service-level watch flagged the case: for officers and supervisors, not the resident. */
    void slaFlagged(WatchedCase flagged, SlaState state, Instant at) {
        TimelineKind kind = switch (state) {
            case AT_RISK -> TimelineKind.AT_RISK;
            case BREACHED -> TimelineKind.BREACHED;
            case ON_TRACK -> throw new IllegalArgumentException("The watch never puts a case back on track");
        };
        write(new TimelineEntry(flagged.id(), at, kind, false, null, flagged.dueAt().toString(), null));
        events.publishEvent(new CaseActivity(flagged.reference(), flagged.queueId(), kind, null, at));
    }

    /**
     * Entries are only ever new: persist, not save, which would merge and so first look for the
     * entry by its id (one select more per entry). Written in a batch when the transaction commits.
     */
    private void write(TimelineEntry entry) {
        entityManager.persist(entry);
    }
}

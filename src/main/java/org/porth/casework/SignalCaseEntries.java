package org.porth.casework;

import java.time.Clock;

import org.porth.casework.internal.ServiceCaseRepository;
import org.porth.casework.internal.Timeline;
import org.porth.identity.SystemTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a device signalled after its case was opened (devices module): later readings and alerts,
 * and their clearing, are entries on the open case's timeline for staff, never a new case and never
 * a change of status. A case that has closed takes no more: the next signal opens a case of its own.
 */
@Service
public class SignalCaseEntries {

    /** Who the timeline names for an entry a device made. */
    public static final String ACTOR = "device";

    private final ServiceCaseRepository cases;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignalCaseEntries(ServiceCaseRepository cases, Timeline timeline, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A message to the resident about what their home's device noticed: on their request page, where
     * they can answer it, and told on their channels as any council message is ({@link CouncilMessageSent}).
     */
    @PreAuthorize("hasAuthority('" + SystemTask.DEVICE_SIGNALS_AUTHORITY + "')")
    @Transactional
    public void messageResident(String reference, String message) {
        cases.findByReference(reference).ifPresent(found -> {
            timeline.add(found, TimelineKind.COUNCIL_MESSAGE, true, ACTOR, null, message);
            events.publishEvent(new CouncilMessageSent(found.reference(), found.residentId(), clock.instant()));
        });
    }

    /**
     * Adds the entry to the case if it is still open; whether it was. Staff too: an officer recording
     * an Awaab's Law step on the case page adds its entries, and a system task cannot stand in for
     * them there, as Vaadin's security context (the session's) wins over one set on the thread.
     */
    @PreAuthorize("hasAuthority('" + SystemTask.DEVICE_SIGNALS_AUTHORITY + "') or hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public boolean addIfOpen(String reference, String entry) {
        return cases.findByReference(reference).filter(found -> found.status().isOpen()).map(open -> {
            timeline.add(open, TimelineKind.NOTE, false, ACTOR, null, entry);
            return true;
        }).orElse(false);
    }
}

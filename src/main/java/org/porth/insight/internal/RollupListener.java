package org.porth.insight.internal;

import java.util.EnumSet;
import java.util.Set;

import org.porth.casework.CaseActivity;
import org.porth.casework.CaseOpened;
import org.porth.casework.ContactClassified;
import org.porth.casework.ContactReason;
import org.porth.casework.TimelineKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the roll-ups current: a case opened, and every change on its timeline that moves a count
 * (status, outcome, queue, service level, the resident's messages and reopenings), and each contact
 * staff classify as failure demand (counted from its classification, so its CONTACT entry is not counted
 * twice). Notes, messages from the council and the like change no figure, so they cost nothing.
 */
@Component
class RollupListener {

    private static final Set<TimelineKind> UNCOUNTED = EnumSet.of(TimelineKind.NOTE, TimelineKind.ASSIGNED,
            TimelineKind.COUNCIL_MESSAGE, TimelineKind.FEEDBACK, TimelineKind.REFERRAL_UPDATED, TimelineKind.CONTACT);

    private final Rollups rollups;

    RollupListener(Rollups rollups) {
        this.rollups = rollups;
    }

    @ApplicationModuleListener
    void on(CaseOpened opened) {
        rollups.refresh(opened.reference());
    }

    /** A contact staff heard counts only when its reason is failure demand; a new need moves no figure. */
    @ApplicationModuleListener
    void on(ContactClassified contact) {
        if (ContactReason.valueOf(contact.reason()).isFailureDemand()) {
            rollups.refresh(contact.reference());
        }
    }

    @ApplicationModuleListener
    void on(CaseActivity activity) {
        if (!UNCOUNTED.contains(activity.kind())) {
            rollups.refresh(activity.reference());
        }
    }
}

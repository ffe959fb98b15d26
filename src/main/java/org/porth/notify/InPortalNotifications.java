package org.porth.notify;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.porth.notify.internal.PortalInbox;
import org.porth.resident.ResidentProfiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in resident's notifications in the portal (the bell in the resident shell): how many
 * are unread, the latest, and marking one or all read. Only ever their own.
 */
@Service
@PreAuthorize("hasRole('RESIDENT')")
public class InPortalNotifications {

    /** The most a list returns. */
    public static final int MOST = 50;

    private final PortalInbox inbox;
    private final ResidentProfiles residents;
    private final Clock clock;

    InPortalNotifications(PortalInbox inbox, ResidentProfiles residents, Clock clock) {
        this.inbox = inbox;
        this.residents = residents;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return inbox.unread(residents.current().id());
    }

    /** Newest first, at most {@code limit} (and {@link #MOST}). */
    @Transactional(readOnly = true)
    public List<InPortalNotification> latest(int limit) {
        return inbox.latest(residents.current().id(), Math.clamp(limit, 0, MOST));
    }

    /** Whether it was one of the resident's unread notifications; another's is never touched. */
    @Transactional
    public boolean markRead(UUID id) {
        return inbox.markRead(residents.current().id(), id, clock.instant());
    }

    /** How many were unread. */
    @Transactional
    public int markAllRead() {
        return inbox.markAllRead(residents.current().id(), clock.instant());
    }
}

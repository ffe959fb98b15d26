package org.porth.notify;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.porth.notify.internal.Outbox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * For administrators: notifications that failed (a permanent failure, or out of tries) or are
 * uncertain (a worker stopped while sending them: they may have been delivered), with the reason;
 * and sending one again.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class NotificationFailures {

    /** The most listed: the newest. */
    public static final int MOST = 200;

    private final Outbox outbox;
    private final Clock clock;

    NotificationFailures(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Newest first. */
    public List<UndeliveredNotification> undelivered() {
        return outbox.undelivered(MOST);
    }

    /**
     * Sends it again, with all its tries, from now; an uncertain email keeps its Message-ID, so a
     * mail system that saw it already can tell. Whether it was failed or uncertain (else nothing changes).
     */
    public boolean retry(UUID id) {
        return outbox.retry(id, clock.instant());
    }
}

package org.porth.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.porth.notify.internal.DeliveryAlerts;
import org.porth.notify.internal.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For administrators: what is waiting to be sent, channel by channel (how many, how many are being
 * tried again, the oldest's age, the last error), and whether they have been told that it waits too
 * long (the watch that tells them: {@code notify.internal.DeliveryWatch}).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class NotificationBacklog {

    private final Outbox outbox;
    private final DeliveryAlerts alerts;
    private final Duration alertAfter;

    NotificationBacklog(Outbox outbox, DeliveryAlerts alerts,
            @Value("${porth.notify.alert.after}") Duration alertAfter) {
        this.outbox = outbox;
        this.alerts = alerts;
        this.alertAfter = alertAfter;
    }

    /**
     * By channel, with since when administrators have been told, if they have; a channel with nothing
     * waiting is left out.
     */
    @Transactional(readOnly = true)
    public List<Backlog> waiting() {
        Map<NotificationChannel, Instant> raised = alerts.raised();
        return outbox.backlog().stream()
                .map(backlog -> new Backlog(backlog.channel(), backlog.waiting(), backlog.retrying(),
                        backlog.oldestSince(), backlog.lastError(), raised.get(backlog.channel())))
                .toList();
    }

    /** The channels whose alert is raised (their oldest waited longer than {@link #alertAfter()}), and since when. */
    @Transactional(readOnly = true)
    public Map<NotificationChannel, Instant> alerts() {
        return alerts.raised();
    }

    /** How long a notification may wait before administrators are told. */
    public Duration alertAfter() {
        return alertAfter;
    }
}

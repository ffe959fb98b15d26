package org.porth.notify;

import java.time.Clock;

import org.porth.identity.SystemTask;
import org.porth.notify.internal.OwnerNotices;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the owner of a webhook endpoint (an address, not an account) that it was turned off, in English
 * and Welsh, through the notification outbox. Called by the integration module as {@link SystemTask#NOTIFY}.
 */
@Service
public class OwnerEmails {

    private final OwnerNotices notices;
    private final Clock clock;

    OwnerEmails(OwnerNotices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * @param endpointName the endpoint's name, as its page shows it
     * @param link         its page for administrators
     * @param reason       why it was turned off
     * @param dedupeKey    the same key again sends nothing
     */
    @PreAuthorize("hasAuthority('" + SystemTask.NOTIFY_AUTHORITY + "') or hasRole('ADMIN')")
    @Transactional
    public void webhookDisabled(String dedupeKey, String address, String endpointName, String url, String reason,
            String link) {
        notices.email(dedupeKey, NotificationKind.WEBHOOK_DISABLED, address, endpointName, link, clock.instant(), url,
                reason);
    }
}

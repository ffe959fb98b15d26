package org.porth.notify.internal;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events whose notifications were never written: the process stopped (or the database failed)
 * after the change that caused them committed and before {@link NotificationListeners} did. Their
 * publications are still incomplete in the registry, and Spring Modulith does not resubmit them by
 * itself (it stopped doing so at start-up in 1.1), so this does, for the notification listeners
 * only, once they are older than any listener takes. Every node may: a listener run twice writes
 * nothing new (each notification's key is its cause).
 */
@Component
class MissedEvents {

    private final IncompleteEventPublications incomplete;
    private final JdbcClient jdbc;
    private final Duration olderThan;

    MissedEvents(IncompleteEventPublications incomplete, JdbcClient jdbc,
            @Value("${porth.notify.missed-events-after:10m}") Duration olderThan) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${porth.notify.missed-events-interval:5m}",
            initialDelayString = "${porth.notify.missed-events-interval:5m}")
    void resubmit() {
        // the registry's API does not say which listener a publication is for; its table does
        Set<UUID> ours = jdbc.sql("select id from event_publication where completion_date is null and listener_id like ?")
                .param("%" + NotificationListeners.class.getName() + "%").query(UUID.class).set();
        if (!ours.isEmpty()) {
            incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(olderThan)
                    .withFilter(publication -> ours.contains(publication.getIdentifier())));
        }
    }
}

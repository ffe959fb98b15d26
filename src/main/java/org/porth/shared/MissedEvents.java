package org.porth.shared;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events a listener never finished: the process stopped (or the database failed) after the change
 * that published them committed and before the listener's own transaction did, e.g. a submitted
 * request without its case, or a status change nobody was told of. Their publications stay
 * incomplete in the registry, and Spring Modulith does not resubmit them by itself (it stopped doing
 * so at start-up in 1.1), so this does, once they are older than any listener takes. Every node may:
 * every listener here is idempotent (a request opens one case; a notification's key is its cause),
 * and a new listener must be too.
 */
@Component
public class MissedEvents {

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    MissedEvents(IncompleteEventPublications incomplete,
            @Value("${porth.events.missed-after:10m}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${porth.events.missed-interval:5m}",
            initialDelayString = "${porth.events.missed-interval:5m}")
    public void resubmit() {
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(olderThan));
    }
}

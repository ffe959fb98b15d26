package org.porth.integration;

import java.time.Clock;
import java.util.List;

import org.porth.integration.internal.EventLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators see of the events' way to the broker: what waits, what failed and why; send again. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class EventPublications {

    private final EventLog log;
    private final Clock clock;
    private final boolean relayed;

    EventPublications(EventLog log, Clock clock, @Value("${porth.events.rabbitmq.enabled}") boolean relayed) {
        this.log = log;
        this.clock = clock;
        this.relayed = relayed;
    }

    /** How many events the broker has not confirmed yet, and whether there is a broker at all. */
    @Transactional(readOnly = true)
    public PublicationBacklog backlog() {
        return log.backlog(relayed);
    }

    /** Events whose publication failed, oldest first. */
    @Transactional(readOnly = true)
    public List<UnconfirmedEvent> failures(int limit) {
        return log.failures(limit);
    }

    /** Every failed publication is tried again at once, in order. How many. */
    @Transactional
    public int retryNow() {
        return log.retryNow(clock.instant());
    }
}

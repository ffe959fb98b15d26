package org.porth.shared;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Event publications not yet completed (Spring Modulith's registry, the modules' transactional
 * outbox): a number that keeps growing means a listener keeps failing, and what it should have done
 * (open a case, send a notification) waits (docs/operations.md, metrics). Read from the shared table.
 */
@Component
class EventPublicationMetrics implements MeterBinder {

    static final String INCOMPLETE = "porth.events.incomplete";

    private final JdbcClient jdbc;

    EventPublicationMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder(INCOMPLETE, this::incomplete)
                .description("Event publications whose listener has not completed").register(meters);
    }

    private long incomplete() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
    }
}

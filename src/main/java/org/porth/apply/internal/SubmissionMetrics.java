package org.porth.apply.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.porth.apply.RequestSubmitted;
import org.porth.shared.AfterCommit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Requests submitted, by channel and service (docs/operations.md, metrics): digital take-up at a
 * glance, and a channel that falls silent is a channel that broke. Counted once committed.
 */
@Component
class SubmissionMetrics {

    static final String SUBMITTED = "porth.requests.submitted";

    private final MeterRegistry meters;

    SubmissionMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void on(RequestSubmitted submitted) {
        Counter counter = Counter.builder(SUBMITTED).description("Requests submitted, by channel and service")
                .tag("channel", submitted.channel().name().toLowerCase())
                .tag("service", submitted.serviceId()).register(meters);
        AfterCommit.run(counter::increment);
    }
}

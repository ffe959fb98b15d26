package org.porth.casework.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.porth.casework.CaseActivity;
import org.porth.casework.CaseOpened;
import org.porth.casework.CaseResolved;
import org.porth.casework.TimelineKind;
import org.porth.shared.AfterCommit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cases opened and closed (by outcome) and cases taken from the queues (docs/operations.md, metrics).
 * Counted once committed, on the node that did it.
 */
@Component
class CaseMetrics {

    static final String OPENED = "porth.cases.opened";
    static final String CLOSED = "porth.cases.closed";
    static final String ASSIGNED = "porth.cases.assigned";

    private final MeterRegistry meters;
    private final Counter opened;
    private final Counter assigned;

    CaseMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.opened = Counter.builder(OPENED).description("Cases opened, from every channel").register(meters);
        this.assigned = Counter.builder(ASSIGNED).description("Cases given to an officer: taken from a queue or assigned")
                .register(meters);
    }

    @EventListener
    void on(CaseOpened opening) {
        AfterCommit.run(opened::increment);
    }

    @EventListener
    void on(CaseResolved resolved) {
        Counter closed = Counter.builder(CLOSED).description("Cases closed, by outcome")
                .tag("outcome", resolved.outcome().name().toLowerCase()).register(meters);
        AfterCommit.run(closed::increment);
    }

    @EventListener
    void on(CaseActivity activity) {
        if (activity.kind() == TimelineKind.ASSIGNED) {
            AfterCommit.run(assigned::increment);
        }
    }
}

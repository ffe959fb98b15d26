package org.porth.insight.demo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.porth.apply.DemoRequests;
import org.porth.apply.RequestSubmitted;
import org.porth.casework.DemoCases;
import org.porth.identity.SystemTask;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one day of the demo year (decision 0066) in one transaction, as the demo's system task:
 * each request through apply at its own time, its case through casework with its steps, its
 * satisfaction answer, and what it led to (a repeat report, a request sent again by the same
 * resident; each first request has a resident of its own). Nothing dated after
 * {@code now} is written.
 */
@Component
@Profile("!prod")
class DemoDay {

    /** The confirmation page's question is answered a minute or two after sending. */
    private static final long ANSWERED_AFTER_SECONDS = 90;

    private final DemoRequests requests;
    private final DemoCases cases;
    private final TransactionTemplate transactions;

    DemoDay(DemoRequests requests, DemoCases cases, TransactionTemplate transactions) {
        this.requests = requests;
        this.cases = cases;
        this.transactions = transactions;
    }

    /** @return the requests written */
    int write(List<PlannedRequest> day, Instant now) {
        return SystemTask.INSIGHT_DEMO.run(() -> transactions.execute(status ->
                day.stream().mapToInt(request -> write(request, UUID.randomUUID().toString(), now)).sum()));
    }

    private int write(PlannedRequest planned, String residentId, Instant now) {
        if (planned.submittedAt().isAfter(now)) {
            return 0;
        }
        RequestSubmitted sent = requests.send(planned.serviceCode(), planned.channel(), residentId, planned.place(),
                planned.submittedAt());
        cases.open(sent, DemoSteps.of(planned, now));
        Instant answered = planned.submittedAt().plusSeconds(ANSWERED_AFTER_SECONDS);
        planned.life().satisfaction().ifPresent(score -> {
            if (!answered.isAfter(now)) {
                requests.rate(sent, score, answered);
            }
        });
        return 1 + planned.followUp().map(next -> write(next, residentId, now)).orElse(0);
    }
}

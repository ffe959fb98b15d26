package org.porth.integration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes test events as Porth's modules do: each in a transaction of its own, a case's events one
 * after another, many cases at once on several writers. Remembers each case's ids in order.
 */
final class RecordedEvents {

    private final IntegrationEvents events;
    private final TransactionTemplate transactions;
    private final Map<String, List<String>> idsBySubject = new LinkedHashMap<>();

    RecordedEvents(IntegrationEvents events, TransactionTemplate transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    /** {@code cases} cases of {@code steps} events each, written by {@code writers} threads. */
    Map<String, List<String>> write(String prefix, int cases, int steps, int writers) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            String subject = prefix + "-" + c;
            subjects.add(subject);
            idsBySubject.put(subject, new ArrayList<>());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int step = 0; step < steps; step++) {
                        for (int c = writer; c < cases; c += writers) {
                            write(subjects.get(c), step);
                        }
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        }
        return idsBySubject;
    }

    private void write(String subject, int step) {
        IntegrationEvent event = new IntegrationEvent(UUID.randomUUID(), IntegrationEventTypes.CASE_STATUS_CHANGED,
                subject, "test-service", Instant.now(), null, Map.of("reference", subject, "step", step));
        transactions.executeWithoutResult(status -> events.publish(event));
        List<String> ids = idsBySubject.get(subject);
        synchronized (ids) {
            ids.add(event.id().toString());
        }
    }

    int total() {
        return idsBySubject.values().stream().mapToInt(List::size).sum();
    }
}

package org.porth.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * API clients, each with a token of its own and a thread of its own, sending complete pothole reports
 * to {@code POST /api/v1/requests} over HTTP with an {@code Idempotency-Key}, as a partner's system
 * would. Times are from when a report was due to be sent to its answer, so a paced run counts the time
 * a report waited for a free client (no coordinated omission).
 */
final class ApiSubmitLoad {

    private static final String POTHOLE = """
            {"service": "pothole",
             "answers": {"location": {"usrn": "32710042", "description": "by the bus stop"},
                         "surface": "road", "size": "large", "danger": "no", "email": "%1$s"},
             "contact": {"name": "Ann Jones", "email": "%1$s"},
             "declaration": true}""";

    private final URI requests;
    private volatile List<String> tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicInteger refused = new AtomicInteger();

    ApiSubmitLoad(int port, List<String> tokens) {
        this.requests = URI.create("http://localhost:" + port + "/api/v1/requests");
        this.tokens = tokens;
    }

    /** Fresh tokens for the next phase: on a loaded machine a run can outlast the tokens' 10 minutes. */
    void useTokens(List<String> fresh) {
        this.tokens = fresh;
    }

    /** Every client sends as fast as it is answered until {@code total} reports are in; the seconds taken. */
    double flatOut(int total, Timings timings, String operation) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        runClients(client -> {
            while (next.getAndIncrement() < total) {
                long sent = System.nanoTime();
                send(client);
                timings.record(operation, System.nanoTime() - sent);
            }
        });
        return (System.nanoTime() - start) / 1e9;
    }

    /** Reports due at a steady {@code perSecond} for {@code seconds}, shared by the clients as they come free. */
    void paced(int perSecond, int seconds, Timings timings, String operation) throws Exception {
        int total = perSecond * seconds;
        long gap = 1_000_000_000L / perSecond;
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        runClients(client -> {
            for (int report = next.getAndIncrement(); report < total; report = next.getAndIncrement()) {
                long due = start + report * gap;
                long early = due - System.nanoTime();
                if (early > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(early);
                }
                send(client);
                timings.record(operation, System.nanoTime() - due);
            }
        });
    }

    /** Answers that were not 201 Created: a benchmark with any is not a result. */
    int refused() {
        return refused.get();
    }

    private void send(int client) {
        String email = "client" + client + "@example.org";
        HttpRequest request = HttpRequest.newBuilder(requests)
                .header("Authorization", "Bearer " + tokens.get(client))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(POTHOLE.formatted(email)))
                .build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201 && refused.incrementAndGet() == 1) {
                System.err.println("API answered " + answer.statusCode() + ": " + answer.body());
            }
        } catch (IOException e) {
            refused.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void runClients(ClientLoop loop) throws Exception {
        try (ExecutorService clients = Executors.newFixedThreadPool(tokens.size())) {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int client = 0; client < tokens.size(); client++) {
                int id = client;
                running.add(clients.submit(() -> {
                    loop.run(id);
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
        }
    }

    @FunctionalInterface
    private interface ClientLoop {
        void run(int client) throws Exception;
    }
}

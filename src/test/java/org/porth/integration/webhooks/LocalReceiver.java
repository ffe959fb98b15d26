package org.porth.integration.webhooks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on this machine for tests and the benchmark: each path answers as told (a status,
 * an optional header, after an optional stall) and keeps what it received and how many it held at once.
 */
public final class LocalReceiver implements AutoCloseable {

    /** What one path received, and when. */
    public record Received(HttpHeaders headers, String body, Instant at) {
    }

    private record Answer(int status, String header, String value, Duration stall) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> answering = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> mostAtOnce = new ConcurrentHashMap<>();

    public LocalReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The URL of a path that answers {@code status}. */
    public String answers(String path, int status) {
        return answers(path, status, null, null, Duration.ZERO);
    }

    public String answers(String path, int status, String header, String value, Duration stall) {
        answers.put(path, new Answer(status, header, value, stall));
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> at(String path) {
        return received.getOrDefault(path, List.of());
    }

    /** The most requests to {@code path} that were waiting for their answer at one time. */
    public int mostAtOnce(String path) {
        return mostAtOnce.getOrDefault(path, new AtomicInteger()).get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        AtomicInteger now = answering.computeIfAbsent(path, any -> new AtomicInteger());
        mostAtOnce.computeIfAbsent(path, any -> new AtomicInteger()).accumulateAndGet(now.incrementAndGet(), Math::max);
        try {
            answer(exchange, path);
        } finally {
            now.decrementAndGet();
        }
    }

    private void answer(HttpExchange exchange, String path) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.computeIfAbsent(path, any -> new CopyOnWriteArrayList<>())
                .add(new Received(HttpHeaders.of(exchange.getRequestHeaders(), (name, value) -> true), body,
                        Instant.now()));
        Answer answer = answers.getOrDefault(path, new Answer(404, null, null, Duration.ZERO));
        try {
            Thread.sleep(answer.stall());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (answer.header() != null) {
            exchange.getResponseHeaders().add(answer.header(), answer.value());
        }
        exchange.sendResponseHeaders(answer.status(), -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

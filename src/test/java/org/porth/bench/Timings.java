package org.porth.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Server times per operation, in nanoseconds, from many threads at once. */
final class Timings {

    private final Map<String, ConcurrentLinkedQueue<Long>> byOperation = new ConcurrentHashMap<>();

    <T> T time(String operation, java.util.function.Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        record(operation, System.nanoTime() - start);
        return result;
    }

    /** A call timed by the caller, e.g. one whose outcome decides the operation it counts under. */
    void record(String operation, long nanos) {
        byOperation.computeIfAbsent(operation, name -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    Summary summary(String operation) {
        List<Long> sorted = new ArrayList<>(byOperation.getOrDefault(operation, new ConcurrentLinkedQueue<>()));
        sorted.sort(null);
        return new Summary(operation, sorted.size(), millis(sorted, 0.50), millis(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.getLast() / 1e6);
    }

    /** The nearest-rank percentile: the smallest time that this share of the calls did not exceed. */
    private static double millis(List<Long> sorted, double share) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(share * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1) / 1e6;
    }

    record Summary(String operation, int calls, double medianMillis, double p99Millis, double maxMillis) {

        String row() {
            return "| %s | %,d | %.1f | %.1f | %.1f |".formatted(operation, calls, medianMillis, p99Millis, maxMillis);
        }
    }
}

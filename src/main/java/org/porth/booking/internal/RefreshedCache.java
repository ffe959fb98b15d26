package org.porth.booking.internal;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.porth.shared.AfterCommit;

/**
 * A few rows that every availability question and booking reads, kept in memory: read again after
 * a change on this node ends, and at least every {@code refresh}, because the portal runs on several
 * nodes (decision 9) and a change made on another one must reach this one within that time.
 */
final class RefreshedCache<T> {

    private final Supplier<T> read;
    private final long refreshNanos;
    private final LongSupplier nanoTime;
    private volatile T known;
    private volatile long readAt;

    RefreshedCache(Supplier<T> read, Duration refresh) {
        this(read, refresh, System::nanoTime);
    }

    /** With the clock a test turns, to show what another node sees before and after {@code refresh}. */
    RefreshedCache(Supplier<T> read, Duration refresh, LongSupplier nanoTime) {
        this.read = read;
        this.refreshNanos = refresh.toNanos();
        this.nanoTime = nanoTime;
    }

    T get() {
        T value = known;
        if (value == null || nanoTime.getAsLong() - readAt > refreshNanos) {
            readAt = nanoTime.getAsLong();
            value = read.get();
            known = value;
        }
        return value;
    }

    /**
     * Reads again once the change's transaction ends (committed or not), and right away too, so that
     * the change's own transaction sees it.
     */
    void forgetWhenDone() {
        known = null;
        AfterCommit.whenDone(() -> known = null);
    }
}

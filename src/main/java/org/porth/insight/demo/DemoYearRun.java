package org.porth.insight.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.porth.insight.internal.RollupRebuild;
import org.porth.shared.BusinessCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the demo year (decision 0066) on a thread of its own: the year that ended yesterday, a day a
 * transaction, oldest first, then insight counts every case again so the dashboards show it whole.
 * One run at a time on this node. {@code porth.demo.activity.size} is the year's requests before
 * follow-ups, {@code porth.demo.activity.seed} the plan's seed.
 */
@Component
@Profile("!prod")
public class DemoYearRun {

    private static final Logger log = LoggerFactory.getLogger(DemoYearRun.class);
    private static final Duration LISTENERS_WAIT = Duration.ofMinutes(5);

    private final DemoDay writer;
    private final RollupRebuild rebuild;
    private final JdbcClient jdbc;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final int size;
    private final long seed;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger days = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();

    DemoYearRun(DemoDay writer, RollupRebuild rebuild, JdbcClient jdbc, BusinessCalendar calendar, Clock clock,
            @Value("${porth.demo.activity.size:3000}") int size, @Value("${porth.demo.activity.seed:18}") long seed) {
        this.writer = writer;
        this.rebuild = rebuild;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.size = size;
        this.seed = seed;
    }

    /** @return false when a run is already going (nothing new starts) */
    public boolean start() {
        return start(size, LocalDate.now(clock.withZone(ActivityPlan.UK)).minusDays(1), 366);
    }

    /**
     * Writes the last {@code lastDays} days of the year of {@code size} requests that ends on {@code lastDay}
     * (a test's few weeks), on a thread of its own.
     */
    public boolean start(int size, LocalDate lastDay, int lastDays) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        days.set(0);
        written.set(0);
        Thread.ofVirtual().name("demo-year").start(() -> {
            try {
                write(new ActivityPlan(calendar, seed, size, lastDay), lastDay.minusDays(lastDays - 1L));
            } catch (RuntimeException stopped) {
                log.warn("The demo year stopped: {}", stopped.toString());
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    private void write(ActivityPlan plan, LocalDate from) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        for (LocalDate day : plan.days()) {
            if (!day.isBefore(from)) {
                written.addAndGet(writer.write(plan.on(day), now));
            }
            days.incrementAndGet();
        }
        log.info("The demo year wrote {} requests in {} s; counting them for insight", written.get(),
                (System.nanoTime() - started) / 1_000_000_000);
        awaitInsightListeners();
        rebuild.rebuild();
        log.info("The demo year is on the dashboards after {} s", (System.nanoTime() - started) / 1_000_000_000);
    }

    /**
     * Each case opened publishes {@code CaseOpened}, which insight's listener counts after the day's
     * commit. A rebuild running while those are still being counted can count a case twice (the
     * listener finds no row while the rebuild's delete is uncommitted), so it waits for them, a few
     * minutes at most.
     */
    private void awaitInsightListeners() {
        long deadline = System.nanoTime() + LISTENERS_WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline && jdbc.sql("select count(*) from event_publication"
                    + " where completion_date is null and listener_id like 'org.porth.insight.%'").query(Long.class).single() > 0) {
                Thread.sleep(500);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean running() {
        return running.get();
    }

    /** Days of the year done so far (of 365 or 366). */
    public int days() {
        return days.get();
    }

    /** Requests written so far, follow-ups included. */
    public int written() {
        return written.get();
    }
}

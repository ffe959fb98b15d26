package org.porth.devices.registry.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.porth.devices.SignalIngest;
import org.porth.devices.SignalIngest.SensorReading;
import org.porth.devices.internal.SignalJobs;
import org.porth.identity.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Replays the demo week ({@link DemoWeek}) through signal intake, the way MQTT readings arrive, on a
 * thread of its own: the week that ended now, compressed into {@code porth.demo.devices.replay}
 * (a minute unless set), so cases open while a new user watches. One replay at a time on this node.
 * The silence check waits for the replay and then runs at once, so the hub that went silent mid-week
 * has its case when the replay ends, whatever {@code porth.devices.silence-interval} is.
 */
@Component
@Profile("!prod")
public class DemoReplay {

    private static final Logger log = LoggerFactory.getLogger(DemoReplay.class);

    private final DemoDevices demo;
    private final SignalIngest ingest;
    private final SignalJobs jobs;
    private final Clock clock;
    private final Duration replay;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    DemoReplay(DemoDevices demo, SignalIngest ingest, SignalJobs jobs, Clock clock,
            @Value("${porth.demo.devices.replay:PT1M}") Duration replay) {
        this.demo = demo;
        this.ingest = ingest;
        this.jobs = jobs;
        this.clock = clock;
        this.replay = replay;
    }

    /** @return false when a replay is already running (nothing new starts) */
    public boolean start() {
        return start(replay);
    }

    /** Replays the week in the time given (a test's few seconds) instead of the configured one. */
    public boolean start(Duration within) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        sent.set(0);
        refused.set(0);
        Thread.ofVirtual().name("device-demo").start(() -> {
            jobs.holdSilenceCheck();
            try {
                demo.register();
                replayWeek(within);
            } catch (RuntimeException | InterruptedException stopped) {
                log.warn("The device demo stopped: {}", stopped.toString());
            } finally {
                releaseSilenceCheck();
                running.set(false);
            }
        });
        return true;
    }

    private void releaseSilenceCheck() {
        try {
            log.info("The device demo's replay ended: {} device(s) silent", jobs.releaseSilenceCheck());
        } catch (RuntimeException failed) {
            log.warn("The silence check after the device demo failed: {}", failed.toString());
        }
    }

    public boolean running() {
        return running.get();
    }

    public int sent() {
        return sent.get();
    }

    /** Readings intake refused (a unit or device it does not know): a demo out of step with the rules. */
    public int refused() {
        return refused.get();
    }

    private void replayWeek(Duration within) throws InterruptedException {
        Instant weekStart = clock.instant().minus(DemoWeek.STEP.multipliedBy(DemoWeek.STEPS));
        long pause = Math.max(0, within.toNanos() / DemoWeek.STEPS);
        log.info("The device demo replays a week of readings in {}", within);
        for (int step = 0; step < DemoWeek.STEPS; step++) {
            for (SensorReading reading : DemoWeek.at(step, weekStart)) {
                send(reading);
            }
            Thread.sleep(Duration.ofNanos(pause));
        }
        log.info("The device demo sent {} readings ({} refused)", sent.get(), refused.get());
    }

    private void send(SensorReading reading) {
        try {
            SystemTask.DEVICE_SIGNALS.run(() -> {
                ingest.accept(reading);
                return null;
            });
            sent.incrementAndGet();
        } catch (IllegalArgumentException notTaken) {
            refused.incrementAndGet();
            log.debug("Demo reading refused: {}", notTaken.getMessage());
        }
    }
}

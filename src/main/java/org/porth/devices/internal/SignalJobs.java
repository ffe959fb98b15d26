package org.porth.devices.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.porth.devices.Device;
import org.porth.devices.DeviceRef;
import org.porth.devices.Devices;
import org.porth.identity.SystemTask;
import org.porth.shared.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signals' scheduled work, on every node and acted on by one at a time (decision 0009): raw
 * readings forgotten after they are kept for (decision 0040), and devices that have gone silent
 * (nothing for their expected interval times the silent rule's missed reports) raised as SILENT.
 */
@Component
public class SignalJobs {

    static final String PURGE = "device-reading-purge";
    static final String SILENCE = "device-silence-check";

    private static final Logger log = LoggerFactory.getLogger(SignalJobs.class);

    private final JdbcClient jdbc;
    private final JobLock lock;
    private final TransactionTemplate transactions;
    private final SignalIntake intake;
    private final SignalRules rules;
    private final Devices devices;
    private final Clock clock;
    private final Duration kept;
    private final AtomicInteger silenceHolds = new AtomicInteger();

    SignalJobs(JdbcClient jdbc, JobLock lock, PlatformTransactionManager transactionManager, SignalIntake intake,
            SignalRules rules, Devices devices, Clock clock,
            @Value("${porth.devices.raw-readings-kept:P30D}") Duration kept) {
        this.jdbc = jdbc;
        this.lock = lock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.intake = intake;
        this.rules = rules;
        this.devices = devices;
        this.clock = clock;
        this.kept = kept;
    }

    @Scheduled(fixedDelayString = "${porth.devices.purge-interval:1h}", initialDelayString = "${porth.devices.purge-interval:1h}")
    void purge() {
        Integer purged = transactions.execute(status -> lock.tryTake(PURGE)
                ? jdbc.sql("delete from device_reading where received_at < ?")
                        .param(SignalStore.at(clock.instant().minus(kept))).update()
                : 0);
        if (purged != null && purged > 0) {
            log.info("Forgot {} raw device readings older than {}", purged, kept);
        }
    }

    /**
     * Holds the silence check while readings from the past are replayed (the device demo): half way
     * through a week replayed in a minute, every device looks as if it stopped days ago, and the
     * check would raise them all silent.
     */
    public void holdSilenceCheck() {
        silenceHolds.incrementAndGet();
    }

    /**
     * Releases a hold; when none is left, checks at once, so what really went silent in the replayed
     * week (the demo's telecare hub) shows as the replay ends, not at the next scheduled check.
     *
     * @return how many devices were raised silent
     */
    public int releaseSilenceCheck() {
        return silenceHolds.decrementAndGet() == 0 ? checkSilence() : 0;
    }

    /** Raises every device silent now that was not (none while held); how many. */
    @Scheduled(fixedDelayString = "${porth.devices.silence-interval:5m}", initialDelayString = "${porth.devices.silence-interval:5m}")
    int checkSilence() {
        if (silenceHolds.get() > 0) {
            return 0;
        }
        Integer raised = transactions.execute(status -> lock.tryTake(SILENCE) ? raiseSilent() : 0);
        return raised == null ? 0 : raised;
    }

    private int raiseSilent() {
        Instant now = clock.instant();
        List<Silent> candidates = jdbc.sql("""
                select d.source, d.device_id, s.last_reported_at, d.expected_interval_s from device_status s
                join device d on d.id = s.device_id where s.silent = false""")
                .query((row, n) -> new Silent(new DeviceRef(row.getString("source"), row.getString("device_id")),
                        row.getTimestamp("last_reported_at").toInstant(), Duration.ofSeconds(row.getLong("expected_interval_s"))))
                .list();
        int raised = 0;
        for (Silent candidate : candidates) {
            Device device = SystemTask.DEVICE_SIGNALS.run(() -> devices.find(candidate.ref())).orElseThrow();
            int missed = rules.forCondition(device.kind(), SignalRule.SILENT).map(SignalRule::missedReports).orElse(0);
            if (missed > 0 && candidate.lastReported().plus(candidate.interval().multipliedBy(missed)).isBefore(now)) {
                jdbc.sql("update device_status set silent = true where device_id = ?").param(device.id()).update();
                SystemTask.DEVICE_SIGNALS.run(() -> {
                    intake.silent(device, candidate.lastReported(), now);
                    return null;
                });
                raised++;
            }
        }
        return raised;
    }

    private record Silent(DeviceRef ref, Instant lastReported, Duration interval) {
    }
}

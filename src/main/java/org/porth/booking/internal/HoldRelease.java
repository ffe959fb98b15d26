package org.porth.booking.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.porth.shared.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives back the places of holds that lapsed: a resident who left the form half-way frees their
 * place for others. Every node runs it; one at a time acts ({@link JobLock}, decision 0009), and a
 * hold confirmed at the same moment stays confirmed: each hold is let go under its own row lock, and
 * only if it is still held.
 */
@Component
public class HoldRelease {

    static final String JOB = "booking-hold-release";
    private static final int PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(HoldRelease.class);

    private final BookingRows rows;
    private final BookingDesk desk;
    private final JobLock lock;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HoldRelease(BookingRows rows, BookingDesk desk, JobLock lock, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.rows = rows;
        this.desk = desk;
        this.lock = lock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${porth.booking.hold-release-interval:1m}",
            initialDelayString = "${porth.booking.hold-release-interval:1m}")
    public void run() {
        int released = runOnce(clock.instant());
        if (released > 0) {
            log.info("Released {} lapsed booking holds", released);
        }
    }

    /** One run as at {@code now}, a page of holds to a transaction; the number of holds released. */
    public int runOnce(Instant now) {
        int released = 0;
        while (true) {
            Optional<Integer> page = transactions.execute(status -> {
                if (!lock.tryTake(JOB)) {
                    return Optional.<Integer>empty();
                }
                List<String> lapsed = rows.lapsedHolds(now, PAGE);
                return Optional.of((int) lapsed.stream().filter(reference -> desk.releaseIfLapsed(reference, now)).count());
            });
            if (page.isEmpty()) {
                log.debug("Another node is releasing booking holds");
                return released;
            }
            released += page.get();
            if (page.get() < PAGE) {
                return released;
            }
        }
    }
}

package org.porth.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.porth.casework.CaseAtRisk;
import org.porth.casework.CaseBreached;
import org.porth.casework.SlaState;
import org.porth.shared.BusinessCalendar;
import org.porth.shared.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service-level watch: flags open cases at risk (80% of their office hours used) and breached
 * (past due), notes it in their timelines and publishes {@link CaseAtRisk} / {@link CaseBreached}
 * for notifications and supervisors. Every node runs it; one at a time acts ({@link JobLock}), and
 * a case is flagged, and its event published, once however many runs meet it.
 */
@Component
class SlaWatch {

    static final String JOB = "sla-watch";
    private static final int PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(SlaWatch.class);

    private final WatchedCases cases;
    private final JobLock lock;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final SlaRule rule;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SlaWatch(WatchedCases cases, JobLock lock, Timeline timeline, ApplicationEventPublisher events,
            BusinessCalendar calendar, PlatformTransactionManager transactionManager, Clock clock) {
        this.cases = cases;
        this.lock = lock;
        this.timeline = timeline;
        this.events = events;
        this.rule = new SlaRule(calendar);
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${porth.casework.sla-watch-interval:1m}",
            initialDelayString = "${porth.casework.sla-watch-interval:1m}")
    public void run() {
        int flagged = runOnce(clock.instant());
        if (flagged > 0) {
            log.info("Flagged {} cases at risk or breached", flagged);
        }
    }

    /**
     * One run as at {@code now}, a page of cases to a transaction, each under the job's lock; the
     * number of cases flagged. It stops when another node holds the lock: that node is running it.
     */
    public int runOnce(Instant now) {
        int flagged = 0;
        WatchedCase after = null;
        while (true) {
            WatchedCase from = after;
            Optional<Page> page = transactions.execute(status -> lockedPage(from, now));
            if (page.isEmpty()) {
                log.debug("Another node is running the service-level watch");
                return flagged;
            }
            flagged += page.get().flagged();
            if (page.get().read().size() < PAGE) {
                return flagged;
            }
            after = page.get().read().getLast();
        }
    }

    /** The next page of cases after the one given (null: from the first), flagged where they must be. */
    private Optional<Page> lockedPage(WatchedCase after, Instant now) {
        if (!lock.tryTake(JOB)) {
            return Optional.empty();
        }
        List<WatchedCase> read = after == null ? cases.notBreachedAfter(Instant.EPOCH, "", PAGE)
                : cases.notBreachedAfter(after.dueAt(), after.id(), PAGE);
        int flagged = 0;
        for (WatchedCase watched : read) {
            flagged += flag(watched, now) ? 1 : 0;
        }
        return Optional.of(new Page(read, flagged));
    }

    private boolean flag(WatchedCase watched, Instant now) {
        Optional<SlaState> next;
        try {
            next = rule.change(watched, now);
        } catch (IllegalArgumentException outsideTheCalendar) {
            // one case the calendar cannot measure (a year missing from the bank holidays file) must
            // not stop the watch for all the others
            log.error("Case {} cannot be measured: {}", watched.reference(), outsideTheCalendar.getMessage());
            return false;
        }
        if (next.isEmpty() || !cases.flag(watched, next.get(), now)) {
            return false;
        }
        timeline.slaFlagged(watched, next.get(), now);
        events.publishEvent(next.get() == SlaState.BREACHED
                ? new CaseBreached(watched.reference(), watched.queueId(), watched.dueAt())
                : new CaseAtRisk(watched.reference(), watched.queueId(), watched.dueAt()));
        return true;
    }

    private record Page(List<WatchedCase> read, int flagged) {
    }
}

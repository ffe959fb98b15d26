package org.porth.booking.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.porth.booking.BookableResource;
import org.porth.booking.BookingReminderDue;
import org.porth.shared.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The day before, publishes {@link BookingReminderDue} for each confirmed booking starting tomorrow,
 * once per booking (a conditional update records it), from one node at a time ({@link JobLock}).
 * The event goes out with that record through the event publication registry, for notifications.
 */
@Component
public class Reminders {

    static final String JOB = "booking-reminders";
    private static final int PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final BookingRows rows;
    private final ResourceRegistry resources;
    private final JobLock lock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reminders(BookingRows rows, ResourceRegistry resources, JobLock lock, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.rows = rows;
        this.resources = resources;
        this.lock = lock;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${porth.booking.reminder-interval:15m}",
            initialDelayString = "${porth.booking.reminder-interval:15m}")
    public void run() {
        int due = runOnce(clock.instant());
        if (due > 0) {
            log.info("{} booking reminders due", due);
        }
    }

    /** One run as at {@code now}: the bookings starting tomorrow; the number of reminders published. */
    public int runOnce(Instant now) {
        LocalDate tomorrow = LocalDate.ofInstant(now, Schedule.ZONE).plusDays(1);
        Instant from = tomorrow.atStartOfDay(Schedule.ZONE).toInstant();
        Instant to = tomorrow.plusDays(1).atStartOfDay(Schedule.ZONE).toInstant();
        int published = 0;
        while (true) {
            Optional<Integer> page = transactions.execute(status -> {
                if (!lock.tryTake(JOB)) {
                    return Optional.<Integer>empty();
                }
                int reminded = 0;
                for (String reference : rows.dueForReminder(from, to, PAGE)) {
                    if (rows.markReminded(reference, now)) {
                        BookingRow row = rows.find(reference).orElseThrow();
                        BookableResource resource = resources.get(row.resourceId());
                        events.publishEvent(new BookingReminderDue(row.reference(), row.residentId(),
                                row.resourceId(), row.localStart(), row.localEnd(), resource.name(),
                                resource.location()));
                        reminded++;
                    }
                }
                return Optional.of(reminded);
            });
            if (page.isEmpty()) {
                return published;
            }
            published += page.get();
            if (page.get() < PAGE) {
                return published;
            }
        }
    }
}

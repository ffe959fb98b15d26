package org.porth.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.porth.notify.Backlog;
import org.porth.notify.NotificationChannel;
import org.porth.notify.WaitText;
import org.porth.shared.JobLock;
import org.porth.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches what waits in the outbox. When the oldest waiting notification of a channel has waited
 * longer than {@code porth.notify.alert.after} (the mail server has been down for a while, or no
 * worker runs), it raises an alert once: an ERROR in the log for the council's monitoring, a banner
 * for administrators in the staff area, and an email to each of them (which waits too, if email is
 * what is down). When the channel catches up the alert clears, and the next incident raises it
 * again. Every node runs it; one at a time acts ({@link JobLock}).
 */
@Component
class DeliveryWatch {

    static final String JOB = "notification-watch";
    private static final Logger log = LoggerFactory.getLogger(DeliveryWatch.class);

    private final Outbox outbox;
    private final DeliveryAlerts alerts;
    private final AdministratorAlerts administrators;
    private final JobLock lock;
    private final DeliveryAlertProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeliveryWatch(Outbox outbox, DeliveryAlerts alerts, AdministratorAlerts administrators, JobLock lock,
            DeliveryAlertProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.outbox = outbox;
        this.alerts = alerts;
        this.administrators = administrators;
        this.lock = lock;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${porth.notify.alert.check-interval:1m}",
            initialDelayString = "${porth.notify.alert.check-interval:1m}")
    void run() {
        runOnce(clock.instant());
    }

    /** One look as at {@code now}; the channels whose alert it raised (none when another node is looking). */
    List<NotificationChannel> runOnce(Instant now) {
        return transactions.execute(status -> lock.tryTake(JOB) ? look(now) : List.of());
    }

    private List<NotificationChannel> look(Instant now) {
        Map<NotificationChannel, Backlog> backlog = outbox.backlog().stream()
                .collect(Collectors.toMap(Backlog::channel, Function.identity()));
        Map<NotificationChannel, Instant> raised = alerts.raised();
        List<NotificationChannel> newlyRaised = new ArrayList<>();
        for (NotificationChannel channel : NotificationChannel.values()) {
            Backlog waiting = backlog.get(channel);
            boolean tooLong = waiting != null && waiting.oldestWait(now).compareTo(properties.after()) > 0;
            if (tooLong && !raised.containsKey(channel) && alerts.raise(channel, now)) {
                log.error("Notifications by {} are not being sent: the oldest has waited {}; waiting: {}, of which"
                        + " failed at least once: {}; last error: {}. Administrators are told; see"
                        + " /staff/admin/notifications", channel, WaitText.of(waiting.oldestWait(now), Language.ENGLISH),
                        waiting.waiting(), waiting.retrying(), waiting.lastError());
                administrators.tell(waiting, now);
                newlyRaised.add(channel);
            } else if (!tooLong && raised.containsKey(channel) && alerts.clear(channel, now)) {
                log.warn("Notifications by {} are being sent again: the alert raised at {} is cleared", channel,
                        raised.get(channel));
            }
        }
        return newlyRaised;
    }
}

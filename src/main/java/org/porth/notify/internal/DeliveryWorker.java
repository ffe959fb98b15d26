package org.porth.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.porth.notify.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Every node runs it. A run first marks UNCERTAIN the notifications
 * whose worker stopped mid-send (their lease ran out: they are not sent again by themselves), then
 * claims a batch at a time (committed as SENDING, skipping rows another node is claiming), sends
 * each outside any transaction and marks it SENT, pending again after a backoff (temporary
 * failure), or FAILED (permanent, or out of tries). So a notification is sent at most once by the
 * workers, and only an administrator's retry sends an uncertain one again
 * (docs/decisions/0015-notifications.md).
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Outbox outbox;
    private final Map<NotificationChannel, Sender> senders = new EnumMap<>(NotificationChannel.class);
    private final NotifyProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeliveryWorker(Outbox outbox, List<Sender> senders, NotifyProperties properties,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.outbox = outbox;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${porth.notify.worker-interval:10s}",
            initialDelayString = "${porth.notify.worker-interval:10s}")
    void run() {
        int sent = runOnce(clock.instant());
        if (sent > 0) {
            log.debug("Sent {} notifications", sent);
        }
    }

    /** One run as at {@code now}: until no notification is due; how many were sent. */
    int runOnce(Instant now) {
        int uncertain = outbox.uncertainAfterLease(now);
        if (uncertain > 0) {
            log.warn("{} notifications were being sent when their worker stopped: marked uncertain for an administrator",
                    uncertain);
        }
        int sent = 0;
        while (true) {
            List<Claimed> batch = claim(now);
            for (Map.Entry<NotificationChannel, List<Claimed>> channel : byChannel(batch).entrySet()) {
                try (Sender.Session session = senders.get(channel.getKey()).open()) {
                    for (Claimed notification : channel.getValue()) {
                        sent += deliver(session, notification, now) ? 1 : 0;
                    }
                }
            }
            if (batch.size() < properties.batch()) {
                return sent;
            }
        }
    }

    /** The next batch, claimed and committed as SENDING under a lease. */
    List<Claimed> claim(Instant now) {
        return transactions.execute(status -> outbox.claim(now, properties.batch(), now.plus(properties.lease())));
    }

    private static Map<NotificationChannel, List<Claimed>> byChannel(List<Claimed> batch) {
        return batch.stream().collect(Collectors.groupingBy(Claimed::channel,
                () -> new EnumMap<>(NotificationChannel.class), Collectors.toList()));
    }

    /** Sends one claimed notification and marks what came of it at once; whether it went. */
    private boolean deliver(Sender.Session session, Claimed notification, Instant now) {
        try {
            try {
                session.send(notification);
            } catch (RuntimeException unexpected) {
                // a fault of ours (a setting, a bug) must not leave the rest of the batch claimed
                throw DeliveryFailure.temporary("Not sent: " + unexpected, unexpected);
            }
            outbox.sent(notification.id(), now);
            return true;
        } catch (DeliveryFailure failure) {
            if (failure.permanent() || notification.attempts() >= properties.attempts()) {
                log.warn("Notification {} not sent, given up: {}", notification.id(), failure.getMessage());
                outbox.failed(notification.id(), failure.getMessage());
            } else {
                Instant next = now.plus(properties.backoff().after(notification.attempts()));
                log.info("Notification {} not sent, tried again at {}: {}", notification.id(), next,
                        failure.getMessage());
                outbox.retryLater(notification.id(), next, failure.getMessage());
            }
            return false;
        }
    }
}

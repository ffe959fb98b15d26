package org.porth.integration.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.porth.integration.webhooks.DeliveryOutcome.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the webhook deliveries, on every node (notify's DeliveryWorker's shape): a run makes due again
 * what a stopped worker held, then claims a batch at a time (committed as SENDING, skipping rows another
 * node is claiming) and sends each on a virtual thread outside any transaction, up to a batch in flight,
 * claiming again as each finishes; at most {@code porth.webhooks.per-endpoint} go to one endpoint at once
 * on the node, so a slow receiver holds up only its own. Each is marked SENT, due again after a
 * back-off, FAILED (out of time), DISABLED (its endpoint is off or answered 410 Gone: turned off, its
 * owner told) or REFUSED (its address is no longer allowed). At least once: a receiver de-duplicates by
 * {@code webhook-id} (docs/decisions/0037-webhooks.md).
 */
@Component
class WebhookWorker {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

    private final DeliveryOutbox outbox;
    private final EndpointStore endpoints;
    private final WebhookSender sender;
    private final EndpointSwitch endpointSwitch;
    private final WebhookProperties properties;
    private final RetrySchedule retries;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final InFlightPerEndpoint inFlight;

    WebhookWorker(DeliveryOutbox outbox, EndpointStore endpoints, WebhookSender sender, EndpointSwitch endpointSwitch,
            WebhookProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.sender = sender;
        this.endpointSwitch = endpointSwitch;
        this.properties = properties;
        this.retries = RetrySchedule.of(properties);
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.inFlight = new InFlightPerEndpoint(properties.perEndpoint());
    }

    @Scheduled(fixedDelayString = "${porth.webhooks.worker-interval:5s}",
            initialDelayString = "${porth.webhooks.worker-interval:5s}")
    void run() {
        int sent = runOnce();
        if (sent > 0) {
            log.debug("Delivered {} webhooks", sent);
        }
    }

    /**
     * One run: until no delivery is due to an endpoint with room; how many were delivered. At most
     * {@code batch} deliveries are in flight, at most {@code per-endpoint} of them to one endpoint, and each
     * freed place is claimed again at once, so a slow receiver holds up only its own.
     */
    int runOnce() {
        int again = outbox.dueAgainAfterLease(clock.instant());
        if (again > 0) {
            log.warn("{} webhook deliveries were being sent when their worker stopped: due again", again);
        }
        Semaphore places = new Semaphore(properties.batch());
        Semaphore finished = new Semaphore(0);
        AtomicInteger delivered = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            boolean more;
            do {
                finished.drainPermits();
                places.acquireUninterruptibly();
                int free = 1 + places.drainPermits();
                Instant now = clock.instant();
                List<ClaimedDelivery> claimed = inFlight.claim((full, room) -> transactions.execute(
                        status -> outbox.claim(now, free, now.plus(properties.lease()), full, room)));
                places.release(free - claimed.size());
                for (ClaimedDelivery delivery : claimed) {
                    threads.submit(() -> {
                        try {
                            delivered.addAndGet(deliver(delivery) ? 1 : 0);
                        } catch (RuntimeException unexpected) {
                            log.error("Webhook delivery {} not marked: due again when its lease runs out",
                                    delivery.id(), unexpected);
                        } finally {
                            inFlight.done(delivery);
                            places.release();
                            finished.release();
                        }
                    });
                }
                // nothing claimed while some of this run's deliveries are out: their endpoint may be at its
                // limit with more waiting, so claim again once one of them is done
                more = !claimed.isEmpty() || free < properties.batch();
                if (claimed.isEmpty() && more) {
                    finished.acquireUninterruptibly();
                }
            } while (more);
        }
        return delivered.get();
    }

    /** Sends one claimed delivery and marks what came of it at once; whether it was delivered. */
    private boolean deliver(ClaimedDelivery delivery) {
        var target = endpoints.enabledTarget(delivery.endpointId());
        if (target.isEmpty()) {
            outbox.stopped(delivery.id(), "DISABLED", "The endpoint is turned off");
            return false;
        }
        DeliveryOutcome outcome;
        try {
            outcome = sender.send(target.get(), delivery.id().toString(), delivery.body());
        } catch (RuntimeException unexpected) {
            // a fault of ours (a setting, a bug) must not leave the delivery claimed until its lease runs out
            outcome = DeliveryOutcome.failed("Not sent: " + unexpected);
        }
        Instant now = clock.instant();
        switch (outcome.kind()) {
            case DELIVERED -> outbox.sent(delivery.id(), now);
            case GONE -> {
                outbox.stopped(delivery.id(), "DISABLED", outcome.detail());
                endpointSwitch.goneAway(delivery.endpointId(), now);
            }
            case REFUSED -> outbox.stopped(delivery.id(), "REFUSED", outcome.detail());
            case FAILED -> {
                Instant next = retries.next(now, delivery.attempts(), outcome.retryAfter(), delivery.createdAt());
                if (next == null) {
                    log.warn("Webhook delivery {} given up: {}", delivery.id(), outcome.detail());
                    outbox.stopped(delivery.id(), "FAILED", outcome.detail());
                } else {
                    outbox.retryLater(delivery.id(), next, outcome.detail());
                }
            }
        }
        return outcome.kind() == Kind.DELIVERED;
    }
}

package org.porth.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.porth.notify.Backlog;
import org.porth.notify.NotificationChannel;
import org.springframework.stereotype.Component;

/**
 * The outbox's depth and the age of its oldest undelivered notification, by channel: the figures a
 * council alerts on when email or SMS stops going (docs/operations.md, metrics). Read from the
 * shared table, so every node reports the whole outbox; one read serves a scrape for a few seconds.
 */
@Component
class OutboxMetrics implements MeterBinder {

    static final String WAITING = "porth.notifications.waiting";
    static final String OLDEST = "porth.notifications.oldest.wait";
    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final Outbox outbox;
    private final Clock clock;
    private volatile Reading last = new Reading(Instant.MIN, List.of());

    OutboxMetrics(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        for (NotificationChannel channel : NotificationChannel.values()) {
            String tag = channel.name().toLowerCase();
            Gauge.builder(WAITING, () -> backlogOf(channel).map(Backlog::waiting).orElse(0))
                    .description("Notifications waiting to be delivered").tag("channel", tag).register(meters);
            Gauge.builder(OLDEST, () -> backlogOf(channel)
                            .map(backlog -> Duration.between(backlog.oldestSince(), clock.instant()).toSeconds()).orElse(0L))
                    .description("How long the oldest undelivered notification has waited").baseUnit("seconds")
                    .tag("channel", tag).register(meters);
        }
    }

    private Optional<Backlog> backlogOf(NotificationChannel channel) {
        Instant now = clock.instant();
        Reading reading = last;
        if (reading.at().plus(FRESH_FOR).isBefore(now)) {
            reading = new Reading(now, outbox.backlog());
            last = reading;
        }
        return reading.backlog().stream().filter(backlog -> backlog.channel() == channel).findFirst();
    }

    private record Reading(Instant at, List<Backlog> backlog) {
    }
}

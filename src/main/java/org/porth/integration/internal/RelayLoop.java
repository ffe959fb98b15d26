package org.porth.integration.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay on a thread of its own: at once when this node commits events, otherwise every
 * {@code interval} (for events other nodes recorded, and failed ones coming due). Stopping the
 * portal interrupts a turn; what it had not marked confirmed goes again.
 */
class RelayLoop implements SmartLifecycle {

    private static final Logger logger = LoggerFactory.getLogger(RelayLoop.class);

    private final EventRelay relay;
    private final RelayWakeUp wakeUp;
    private final Duration interval;
    private volatile Thread thread;

    RelayLoop(EventRelay relay, RelayWakeUp wakeUp, Duration interval) {
        this.relay = relay;
        this.wakeUp = wakeUp;
        this.interval = interval;
    }

    @Override
    public void start() {
        thread = Thread.ofPlatform().daemon().name("integration-event-relay").start(this::run);
    }

    @Override
    public void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            try {
                wakeUp.await(interval.toMillis());
                while (thread == Thread.currentThread() && relay.full(relay.relayOnce())) {
                    // a whole batch went: more may be due
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                logger.warn("Relaying integration events failed; trying again at the next turn", e);
            }
        }
    }
}

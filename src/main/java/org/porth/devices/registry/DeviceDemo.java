package org.porth.devices.registry;

import org.porth.devices.registry.internal.DemoReplay;
import org.porth.devices.registry.internal.DemoWeek;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The device simulator for demonstrations (never in {@code prod}): registers the demo devices and
 * replays a week of their readings in about a minute, so that cases appear in the queues and on the
 * demo tenant's pages while a new user watches. An administrator starts it from its page; the
 * property {@code porth.demo.devices=true} starts it with the portal.
 */
@Service
@Profile("!prod")
public class DeviceDemo {

    private final DemoReplay replay;

    DeviceDemo(DemoReplay replay) {
        this.replay = replay;
    }

    /** @return false when a replay is already running */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean start() {
        return replay.start();
    }

    /** What the replay has done so far. */
    @PreAuthorize("hasRole('ADMIN')")
    public Status status() {
        return new Status(replay.running(), replay.sent(), replay.refused(), DemoWeek.STEPS);
    }

    /**
     * @param sent    readings intake took in this replay
     * @param refused readings intake refused (the demo is out of step with the signal rules)
     */
    public record Status(boolean running, int sent, int refused, int steps) {
    }
}

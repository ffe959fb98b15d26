package org.porth.devices.registry.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** {@code porth.demo.devices=true} (e.g. {@code --porth.demo.devices=true}): the demo starts once the portal is ready. */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty("porth.demo.devices")
class DemoAtStartUp {

    private final DemoReplay replay;

    DemoAtStartUp(DemoReplay replay) {
        this.replay = replay;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        replay.start();
    }
}

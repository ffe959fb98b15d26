package org.porth.insight.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** {@code porth.demo.activity=true} (e.g. {@code --porth.demo.activity=true}): the demo year is written once the portal is ready. */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty("porth.demo.activity")
class DemoYearAtStartUp {

    private final DemoYearRun run;

    DemoYearAtStartUp(DemoYearRun run) {
        this.run = run;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        run.start();
    }
}

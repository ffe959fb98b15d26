package org.porth.shell;

import java.time.Duration;

import com.vaadin.flow.component.Component;

/** A duration in words for residents, rounded up to whole minutes: "1 minute", "30 minutes". */
final class DurationText {

    private DurationText() {
    }

    static String minutes(Component component, Duration duration) {
        long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
        return minutes == 1 ? component.getTranslation("time.one-minute")
                : component.getTranslation("time.minutes", minutes);
    }
}

package org.porth.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long after its outcome a case may still be reopened, by an officer or by the resident's "no". */
@Component
public class ReopenWindow {

    private final Duration length;
    private final Clock clock;

    ReopenWindow(@Value("${porth.casework.reopen-days:28}") int reopenDays, Clock clock) {
        this.length = Duration.ofDays(reopenDays);
        this.clock = clock;
    }

    /** When the window closes; null for a case without an outcome. */
    public Instant closesAt(ServiceCase ended) {
        return ended.outcomeAt() == null ? null : ended.outcomeAt().plus(length);
    }

    public boolean isOver(ServiceCase ended) {
        Instant closes = closesAt(ended);
        return closes != null && closes.isBefore(clock.instant());
    }
}

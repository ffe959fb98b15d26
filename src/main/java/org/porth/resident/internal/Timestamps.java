package org.porth.resident.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as the database keeps them (to the microsecond), so a record reads back as it was saved. */
final class Timestamps {

    private Timestamps() {
    }

    static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}

package org.porth.booking;

import java.time.LocalDateTime;
import java.util.Objects;

/** A slot of a resource, by its start on the clock in Porth (Europe/London). */
public record SlotTime(String resourceId, LocalDateTime start) {

    public SlotTime {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(start, "start");
    }
}

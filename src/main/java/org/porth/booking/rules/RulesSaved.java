package org.porth.booking.rules;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What saving booking rules did besides saving them.
 *
 * @param cancelled     bookings outside the new opening hours, cancelled (each resident is told)
 * @param aboveCapacity the starts of slots that already have more bookings than the new capacity: they
 *                      keep them, and take no more until they are below it
 */
public record RulesSaved(int cancelled, List<LocalDateTime> aboveCapacity) {

    public RulesSaved {
        aboveCapacity = List.copyOf(aboveCapacity);
    }
}

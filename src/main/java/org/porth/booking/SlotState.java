package org.porth.booking;

import java.time.LocalDateTime;
import java.util.List;

/** A slot of a day, as staff see it: its places, whether it is blocked, and the bookings in it. */
public record SlotState(LocalDateTime start, LocalDateTime end, int capacity, int taken, boolean blocked,
        List<BookingDetails> bookings) {

    public SlotState {
        bookings = List.copyOf(bookings);
    }
}

package org.porth.booking;

import java.time.LocalDateTime;

/** A time of a day that can be booked, with the places it has left (at least 1). */
public record FreeTime(LocalDateTime start, LocalDateTime end, int placesLeft) {
}

package org.porth.booking;

import java.time.LocalDate;

/** A day with at least one bookable place, and how many it has left in all its slots. */
public record DayWithSpace(LocalDate date, int placesLeft) {
}

package org.porth.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How many active (held or confirmed) bookings one household may have in a period, e.g. one
 * recycling-centre visit a week. A household is an address: its UPRN when known.
 */
public record HouseholdLimit(int bookings, Period per) {

    public HouseholdLimit {
        if (bookings < 1) {
            throw new IllegalArgumentException("A household limit must allow at least 1 booking, not " + bookings);
        }
    }

    public enum Period {
        DAY, WEEK, MONTH;

        /** The first day of the period the date is in: weeks start on Monday. */
        public LocalDate start(LocalDate date) {
            return switch (this) {
                case DAY -> date;
                case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> date.withDayOfMonth(1);
            };
        }
    }
}

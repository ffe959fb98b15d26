package org.porth.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.porth.catalogue.Text;

/**
 * Something residents book places in: a recycling centre, a register office, a collection round.
 * Declared in {@code booking/resources.yaml}.
 *
 * @param group        what a service's definition names when several resources share its work (one
 *                     per ward round); a household limit counts across the group
 * @param wards        the wards it serves; empty for everyone
 * @param opening      per weekday, the times it is open; a weekday missing is closed
 * @param slotLength   the length of a slot; empty when a slot is a whole opening range (a collection day)
 * @param horizonDays  how many days ahead a slot can be booked, today being day 0
 * @param leadTime     how soon before its start a slot can still be booked
 * @param cancelUntil  how soon before its start a resident can still cancel or move a booking
 * @param limit        how many active bookings one household may hold in a period, if limited
 * @param closed       ad-hoc closure days; bank holidays close it too
 */
public record BookableResource(String id, String group, Text name, Text location, Set<String> wards,
        Map<DayOfWeek, List<OpeningTimes>> opening, Optional<Duration> slotLength, int capacity, int horizonDays,
        Duration leadTime, Duration cancelUntil, Optional<HouseholdLimit> limit, Set<LocalDate> closed) {

    public BookableResource {
        wards = Set.copyOf(wards);
        opening = Map.copyOf(opening);
        closed = Set.copyOf(closed);
        if (capacity < 1) {
            throw new IllegalArgumentException("Resource " + id + ": a slot needs a capacity of at least 1");
        }
    }

    /** Whether it serves an address in the ward: always when it serves everyone. */
    public boolean serves(String ward) {
        return wards.isEmpty() || wards.contains(ward);
    }
}

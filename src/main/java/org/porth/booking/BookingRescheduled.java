package org.porth.booking;

import java.time.LocalDateTime;

import org.porth.resident.ResidentId;

/** A booking moved to another slot of its resource: the new place taken, the old one freed, at once. */
public record BookingRescheduled(String reference, ResidentId residentId, String resourceId, LocalDateTime from,
        LocalDateTime to, LocalDateTime toEnd) {
}

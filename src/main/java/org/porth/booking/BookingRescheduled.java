package org.porth.booking;

import java.time.Instant;
import java.time.LocalDateTime;

import org.porth.catalogue.Text;
import org.porth.resident.ResidentId;

/**
 * A booking moved to another slot of its resource: the new place taken, the old one freed, at once.
 *
 * @param officerId the officer who moved it; null when the resident did
 * @param at        when it moved
 * @param resource  the resource's name and {@code location} where it is, for the message
 */
public record BookingRescheduled(String reference, ResidentId residentId, String resourceId, LocalDateTime from,
        LocalDateTime to, LocalDateTime toEnd, String officerId, Text resource, Text location, Instant at) {
}

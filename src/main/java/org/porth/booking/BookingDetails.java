package org.porth.booking;

import java.time.Instant;
import java.time.LocalDateTime;

import org.porth.catalogue.Channel;
import org.porth.resident.ResidentId;

/**
 * A booking as residents and staff see it. Times are on the clock in Porth (Europe/London).
 *
 * @param heldUntil when a hold lapses; null once confirmed
 * @param officerId who booked it for a caller; null when the resident booked it themselves
 */
public record BookingDetails(String reference, String resourceId, LocalDateTime start, LocalDateTime end,
        BookingStatus status, ResidentId residentId, Channel channel, String officerId, Instant heldUntil) {
}

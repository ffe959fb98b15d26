package org.porth.booking;

import java.time.LocalDateTime;

import org.porth.resident.ResidentId;

/**
 * A confirmed booking was cancelled and its place freed.
 *
 * @param officerId the officer who cancelled it; null when the resident did
 */
public record BookingCancelled(String reference, ResidentId residentId, String resourceId, LocalDateTime start,
        String officerId) {
}

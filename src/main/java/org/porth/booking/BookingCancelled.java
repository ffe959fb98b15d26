package org.porth.booking;

import java.time.LocalDateTime;

import org.porth.catalogue.Text;
import org.porth.resident.ResidentId;

/**
 * A confirmed booking was cancelled and its place freed.
 *
 * @param officerId the officer who cancelled it; null when the resident did
 * @param reason    why the council cancelled it, in the officer's words; null when none was given
 * @param resource  the resource's name and {@code location} where it is, for the message
 */
public record BookingCancelled(String reference, ResidentId residentId, String resourceId, LocalDateTime start,
        String officerId, String reason, Text resource, Text location) {
}

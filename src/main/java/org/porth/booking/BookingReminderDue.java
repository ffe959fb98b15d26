package org.porth.booking;

import java.time.LocalDateTime;

import org.porth.catalogue.Text;
import org.porth.resident.ResidentId;

/**
 * A confirmed booking starts tomorrow: everything a reminder needs (the resident's contact details
 * and language come from their record). Published once per booking, by one node.
 *
 * @param resource the resource's name and {@code location} where it is, for the message
 */
public record BookingReminderDue(String reference, ResidentId residentId, String resourceId, LocalDateTime start,
        LocalDateTime end, Text resource, Text location) {
}

package org.porth.booking;

import java.time.LocalDateTime;

import org.porth.catalogue.Channel;
import org.porth.catalogue.Text;
import org.porth.resident.ResidentId;

/**
 * A booking was confirmed: for the confirmation message. Times are on the clock in Porth.
 *
 * @param resource the resource's name and {@code location} where it is, for the message
 */
public record BookingConfirmed(String reference, ResidentId residentId, String resourceId, LocalDateTime start,
        LocalDateTime end, Channel channel, String officerId, Text resource, Text location) {
}

package org.porth.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.porth.booking.BookingDetails;
import org.porth.booking.BookingStatus;
import org.porth.catalogue.Channel;
import org.porth.resident.ResidentId;

/** A booking as stored. */
public record BookingRow(String id, String reference, long slotId, String resourceId, Instant start, Instant end,
        ResidentId residentId, String household, LocalDate allowanceStart, BookingStatus status, Instant heldUntil,
        String requestKey, Channel channel, String officerId) {

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(start, Schedule.ZONE);
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(end, Schedule.ZONE);
    }

    public BookingDetails details() {
        return new BookingDetails(reference, resourceId, localStart(), localEnd(), status, residentId, channel,
                officerId, status == BookingStatus.HELD ? heldUntil : null);
    }
}

package org.porth.booking.ui;

import java.util.Optional;

import org.porth.booking.BookableResource;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingResources;
import org.porth.booking.NoSuchBookingException;
import org.porth.booking.ResidentBookings;
import org.springframework.stereotype.Component;

/** The signed-in resident's booking named in a page's address, with its resource; none when it is not theirs. */
@Component
class OwnBooking {

    private final ResidentBookings bookings;
    private final BookingResources resources;

    OwnBooking(ResidentBookings bookings, BookingResources resources) {
        this.bookings = bookings;
        this.resources = resources;
    }

    record Found(BookingDetails booking, BookableResource resource) {
    }

    Optional<Found> find(Optional<String> reference) {
        try {
            return reference.map(bookings::booking)
                    .flatMap(booking -> resources.resource(booking.resourceId()).map(r -> new Found(booking, r)));
        } catch (NoSuchBookingException e) {
            return Optional.empty();
        }
    }
}

package org.porth.booking.internal;

/** Bookings on H2, the embedded default. */
class BookingOnH2Test extends BookingContract {
}

package org.porth.booking.internal;

/** Booking capacity on H2, the embedded default. */
class BookingCapacityOnH2Test extends BookingCapacityContract {
}

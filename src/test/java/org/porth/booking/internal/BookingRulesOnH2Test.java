package org.porth.booking.internal;

/** Booking rules on H2, the embedded default. */
class BookingRulesOnH2Test extends BookingRulesContract {
}

package org.porth.booking;

/** Where a booking is. Held and confirmed bookings take a place; the others have let it go or used it. */
public enum BookingStatus {
    /** Held for a few minutes while the resident finishes the form. */
    HELD,
    CONFIRMED,
    CANCELLED,
    /** A hold not confirmed in time: its place went back. */
    EXPIRED,
    ATTENDED,
    NO_SHOW;

    public boolean isActive() {
        return this == HELD || this == CONFIRMED;
    }
}

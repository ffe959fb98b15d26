package org.porth.catalogue;

/** What a resident does with a service. Booking slots come with the booking feature. */
public enum ServiceKind {
    APPLICATION,
    REPORT,
    BOOKING
}

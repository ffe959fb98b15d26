package org.porth.booking;

import java.time.LocalDate;

import org.porth.resident.ResidentId;

/** Where the booking pages are, for other modules' pages to link to (their views are the module's own). */
public final class BookingPages {

    /** The resident's own bookings: change, cancel, add to a calendar. */
    public static final String MINE = "my-bookings";
    public static final String DAY = "staff/bookings";
    public static final String RESOURCE = "resource";
    public static final String DATE = "date";

    private BookingPages() {
    }

    /** The day view of a resource on a date. */
    public static String day(String resourceId, LocalDate date) {
        return DAY + "?" + RESOURCE + "=" + resourceId + "&" + DATE + "=" + date;
    }

    /** Booking an appointment for a caller. */
    public static String bookFor(ResidentId caller) {
        return "staff/callers/" + caller + "/book";
    }
}

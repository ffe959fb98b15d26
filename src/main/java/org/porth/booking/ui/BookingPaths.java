package org.porth.booking.ui;

import java.time.LocalDate;

import org.porth.booking.BookingPages;

/** The addresses of the resident booking pages, so that views link to each other by one spelling. */
final class BookingPaths {

    static final String BOOK = "book";
    static final String MINE = BookingPages.MINE;
    static final String RESOURCE = "resource";
    static final String DATE = "date";
    static final String REFERENCE = "reference";

    private BookingPaths() {
    }

    static String days(String resourceId) {
        return BOOK + "/" + resourceId;
    }

    static String times(String resourceId, LocalDate date) {
        return BOOK + "/" + resourceId + "/" + date;
    }

    static String check(String reference) {
        return MINE + "/" + reference + "/check";
    }

    static String confirmed(String reference) {
        return MINE + "/" + reference + "/confirmed";
    }

    static String cancel(String reference) {
        return MINE + "/" + reference + "/cancel";
    }

    static String moveDays(String reference) {
        return MINE + "/" + reference + "/move";
    }

    static String moveTimes(String reference, LocalDate date) {
        return MINE + "/" + reference + "/move/" + date;
    }
}

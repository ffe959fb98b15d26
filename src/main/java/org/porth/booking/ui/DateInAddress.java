package org.porth.booking.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.porth.shared.BusinessCalendar;

/**
 * A date read from a page's address (a route parameter or the query): a real date that the business
 * calendar covers, else none, and the page is not found. Checked before a page works anything out
 * for the day: a staff day page once listed every day from the year 1 for {@code date=0001-01-01}
 * (17.7 s), and the calendar refuses to say whether a day outside its years is a working day.
 */
final class DateInAddress {

    private DateInAddress() {
    }

    static Optional<LocalDate> read(String text, BusinessCalendar calendar) {
        try {
            return Optional.of(LocalDate.parse(text)).filter(calendar::covers);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}

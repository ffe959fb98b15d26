package org.porth.resident.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK writes them, in the page's language: "12 March 1985", "12 Mawrth 1985". */
final class Dates {

    private Dates() {
    }

    static String text(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    static String text(Instant instant, ZoneId zone, Locale locale) {
        return text(LocalDate.ofInstant(instant, zone), locale);
    }
}

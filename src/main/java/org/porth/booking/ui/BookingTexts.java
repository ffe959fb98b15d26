package org.porth.booking.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/** Days and times as the booking pages write them: "Monday 30 November 2026", "10:15am", "10:15yb". */
final class BookingTexts {

    private BookingTexts() {
    }

    static String day(LocalDate date, Language language) {
        return Translations.get(language, "booking.weekday." + date.getDayOfWeek().getValue()) + " "
                + DateText.format(date, language);
    }

    static String time(LocalDateTime time, Language language) {
        return DateText.time(time.toLocalTime(), language);
    }

    static String at(LocalDateTime start, Language language) {
        return day(start.toLocalDate(), language) + ", " + time(start, language);
    }

    static String when(LocalDateTime start, LocalDateTime end, Language language) {
        return day(start.toLocalDate(), language) + ", " + time(start, language) + " – " + time(end, language);
    }
}

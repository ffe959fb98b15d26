package org.porth.booking.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/** Days and times as the booking pages write them: "Monday 30 November 2026", "10:15am". */
final class BookingTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private BookingTexts() {
    }

    static String day(LocalDate date, Language language) {
        return Translations.get(language, "booking.weekday." + date.getDayOfWeek().getValue()) + " "
                + DateText.format(date, language);
    }

    static String time(LocalDateTime time) {
        return TIME.format(time).toLowerCase(Locale.UK);
    }

    static String at(LocalDateTime start, Language language) {
        return day(start.toLocalDate(), language) + ", " + time(start);
    }

    static String when(LocalDateTime start, LocalDateTime end, Language language) {
        return day(start.toLocalDate(), language) + ", " + time(start) + " – " + time(end);
    }
}

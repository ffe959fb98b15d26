package org.porth.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;


/** A date written out for residents: "1 January 2024", "1 Ionawr 2024". */
public final class DateText {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm");

    private DateText() {
    }

    public static String format(LocalDate date, Language language) {
        return date.getDayOfMonth() + " " + Translations.get(language, "form.month." + date.getMonthValue())
                + " " + date.getYear();
    }

    /** With its weekday, in the language's own words (the JDK's locale data): "Tuesday 2 December 2026". */
    public static String withWeekday(LocalDate date, Language language) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language.code())) + " "
                + format(date, language);
    }

    /** The date and time in the council's time zone: "12 November 2026, 5:00pm". */
    public static String format(Instant instant, ZoneId zone, Language language) {
        ZonedDateTime local = instant.atZone(zone);
        return format(local.toLocalDate(), language) + ", " + time(local.toLocalTime(), language);
    }

    /** A time of day with the language's own morning and afternoon: "5:00pm", "5:00yh". */
    public static String time(LocalTime time, Language language) {
        return CLOCK.format(time) + Translations.get(language, time.getHour() < 12 ? "form.time.am" : "form.time.pm");
    }
}

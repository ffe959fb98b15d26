package org.porth.booking.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Times of slots as staff read them: "10:15", "10:15–10:30". */
final class Times {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private Times() {
    }

    static String time(LocalDateTime time) {
        return CLOCK.format(time);
    }

    static String range(LocalDateTime start, LocalDateTime end) {
        return time(start) + "–" + time(end);
    }
}

package org.porth.booking;

import java.time.LocalTime;

/** One range of a day's opening hours, e.g. 09:00 to 12:30. */
public record OpeningTimes(LocalTime opens, LocalTime closes) {

    public OpeningTimes {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Opening times " + opens + "-" + closes + " close before they open");
        }
    }
}

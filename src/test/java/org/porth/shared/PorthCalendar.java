package org.porth.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.springframework.core.io.ClassPathResource;

/** The calendar as the portal makes it (Porth's bank holidays file, 09:00 to 17:00), without Spring. */
final class PorthCalendar {

    static final BusinessCalendar CALENDAR = new BusinessCalendar(
            BankHolidaysFile.read(new ClassPathResource("calendar/bank-holidays.csv"), "wales"),
            LocalTime.of(9, 0), LocalTime.of(17, 0));

    private PorthCalendar() {
    }

    /** A moment by the clock in Porth, e.g. {@code london("2026-02-13T14:00")}. */
    static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ClockConfiguration.UK).toInstant();
    }
}

package org.porth.shared;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The council's working time: its bank holidays file (Porth's, for England and Wales, unless a council
 * points this at its own with closure days added), the nation whose holidays apply, and office hours.
 *
 * @param region {@code england} or {@code wales}: the file's rows for that nation apply, with those
 *               for both
 */
@ConfigurationProperties("porth.calendar")
record CalendarProperties(
        @DefaultValue("classpath:calendar/bank-holidays.csv") Resource bankHolidays,
        @DefaultValue("wales") String region,
        @DefaultValue("09:00") @DateTimeFormat(pattern = "HH:mm") LocalTime officeOpens,
        @DefaultValue("17:00") @DateTimeFormat(pattern = "HH:mm") LocalTime officeCloses) {

    CalendarProperties {
        if (!BankHolidaysFile.NATIONS.contains(region)) {
            throw new IllegalArgumentException("porth.calendar.region is england or wales, not " + region);
        }
    }
}

package org.porth.insight.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.porth.insight.AgeBand;
import org.porth.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * Ages in working days: the days after the one a case came in, up to and including today, that are
 * working days (the calendar's bank holidays; plain weekdays for years its file does not cover).
 */
@Component
class AgeBands {

    private final BusinessCalendar calendar;

    AgeBands(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    AgeBand of(LocalDate submitted, LocalDate today) {
        int age = 0;
        for (LocalDate day = submitted.plusDays(1); !day.isAfter(today) && age <= AgeBand.OVER_20.least(); day = day.plusDays(1)) {
            age += working(day) ? 1 : 0;
        }
        return AgeBand.of(age);
    }

    /** The first and last day a case may have come in to be in the band today (the first null: no limit). */
    LocalDate[] days(AgeBand band, LocalDate today) {
        LocalDate latest = null;
        LocalDate day = today;
        while (true) {
            AgeBand found = of(day, today);
            if (found == band && latest == null) {
                latest = day;
            }
            if (found.ordinal() > band.ordinal() || (band == AgeBand.OVER_20 && latest != null)) {
                return new LocalDate[] {band == AgeBand.OVER_20 ? null : day.plusDays(1), latest};
            }
            day = day.minusDays(1);
        }
    }

    private boolean working(LocalDate day) {
        return calendar.covers(day) ? calendar.isWorkingDay(day)
                : day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}

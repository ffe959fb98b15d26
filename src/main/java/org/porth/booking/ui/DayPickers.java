package org.porth.booking.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

import org.porth.booking.Availability;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingResources;
import org.porth.shared.BusinessCalendar;
import org.porth.shell.ErrorSummary;
import org.springframework.stereotype.Component;

/** Makes the day pickers of the resident pages (booking a day, moving a booking), with what each needs to know. */
@Component
class DayPickers {

    private final Availability availability;
    private final BookingResources resources;
    private final BusinessCalendar calendar;
    private final Clock clock;

    DayPickers(Availability availability, BookingResources resources, BusinessCalendar calendar, Clock clock) {
        this.availability = availability;
        this.resources = resources;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * @param summary the page's error summary, at its top
     * @param link    where choosing a day goes
     */
    DayPicker of(BookableResource resource, ErrorSummary summary, Function<LocalDate, String> link) {
        return new DayPicker(resource, availability, resources, calendar, clock, summary, link);
    }
}

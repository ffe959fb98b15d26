package org.porth.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.porth.booking.internal.Openings;
import org.porth.booking.internal.ResourceRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The days and times with places left, as of now: within opening hours, not on a bank holiday or
 * closure day, no further ahead than the horizon, no sooner than the lead time, not blocked.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class Availability {

    private final ResourceRegistry resources;
    private final Openings openings;
    private final Clock clock;

    Availability(ResourceRegistry resources, Openings openings, Clock clock) {
        this.resources = resources;
        this.openings = openings;
        this.clock = clock;
    }

    /** The days from {@code from} to {@code to}, both included, that have a place, in date order. */
    public List<DayWithSpace> days(String resourceId, LocalDate from, LocalDate to) {
        return openings.days(resources.get(resourceId), from, to, clock.instant());
    }

    /** The day's times with places left, in time order. */
    public List<FreeTime> times(String resourceId, LocalDate date) {
        return openings.times(resources.get(resourceId), date, clock.instant());
    }
}

package org.porth.booking.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.porth.booking.AssistedBookings;
import org.porth.booking.Availability;
import org.porth.booking.BookableResource;
import org.porth.booking.DayWithSpace;
import org.porth.booking.FreeTime;
import org.porth.booking.SlotAdministration;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.springframework.stereotype.Component;

/** The services the day view works through, in one place for its parts. */
@Component
class DayActions {

    final SlotAdministration slots;
    final AssistedBookings bookings;
    private final Availability availability;
    private final ResidentProfiles residents;
    private final CurrentUser currentUser;
    private final Clock clock;

    DayActions(SlotAdministration slots, AssistedBookings bookings, Availability availability,
            ResidentProfiles residents, CurrentUser currentUser, Clock clock) {
        this.slots = slots;
        this.bookings = bookings;
        this.availability = availability;
        this.residents = residents;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Blocking and reopening are for supervisors (the API allows administrators too, who do not see the day). */
    boolean canBlock() {
        return currentUser.get().map(user -> user.has(Role.SUPERVISOR)).orElse(false);
    }

    /** The resident's name as staff see it on their record; blank when the record has gone. */
    String residentName(ResidentId resident) {
        return residents.profile(resident).map(profile -> profile.name().full()).orElse("");
    }

    List<FreeTime> freeTimes(String resourceId, LocalDate date) {
        return availability.times(resourceId, date);
    }

    /** The days from today to the resource's horizon that have a place. */
    List<DayWithSpace> daysWithSpace(BookableResource resource) {
        LocalDate today = LocalDate.now(clock);
        return availability.days(resource.id(), today, today.plusDays(resource.horizonDays()));
    }
}

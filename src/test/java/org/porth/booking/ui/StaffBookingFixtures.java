package org.porth.booking.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.List;

import org.porth.booking.AssistedBookings;
import org.porth.booking.BookingDetails;
import org.porth.booking.SlotTime;
import org.porth.booking.internal.FreshSlots;
import org.porth.booking.internal.ResourceRegistry;
import org.porth.booking.internal.Schedule;
import org.porth.catalogue.Channel;
import org.porth.identity.Role;
import org.porth.browserless.People;
import org.porth.resident.Profile;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Callers with records, slots no other test uses, and bookings made for callers by an officer. */
@Component
public class StaffBookingFixtures {

    private static final ZoneId PORTH = ZoneId.of("Europe/London");

    private final ResidentProfiles profiles;
    private final AssistedBookings assisted;
    private final FreshSlots fresh;
    private final JdbcTemplate jdbc;

    StaffBookingFixtures(ResidentProfiles profiles, AssistedBookings assisted, Schedule schedule,
            ResourceRegistry resources, JdbcTemplate jdbc) {
        this.profiles = profiles;
        this.assisted = assisted;
        this.fresh = new FreshSlots(schedule, resources);
        this.jdbc = jdbc;
    }

    /** A resident who has signed in once, so their record exists; signed out again after. */
    public Profile caller(String given) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(Somebody.named(given).asResident());
        Profile caller = profiles.current();
        SecurityContextHolder.getContext().setAuthentication(before);
        return caller;
    }

    public SlotTime freshSlot(String resourceId) {
        return fresh.next(resourceId);
    }

    /** Slots of one day that no other test uses, in time order. */
    public List<SlotTime> freshSlotsOneDay(String resourceId, int count) {
        List<SlotTime> slots = fresh.next(resourceId, count);
        while (!slots.getFirst().start().toLocalDate().equals(slots.getLast().start().toLocalDate())) {
            slots = fresh.next(resourceId, count);
        }
        return slots;
    }

    /** Two slots no other test uses, on different days. */
    public List<SlotTime> freshSlotsTwoDays(String resourceId) {
        SlotTime first = fresh.next(resourceId);
        SlotTime other = fresh.next(resourceId);
        while (other.start().toLocalDate().equals(first.start().toLocalDate())) {
            other = fresh.next(resourceId);
        }
        return List.of(first, other);
    }

    /** Books the slot for the caller by phone, as a caseworker, with the request key given. */
    public BookingDetails bookByPhone(Profile caller, SlotTime slot, String requestKey) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.CASEWORKER));
        try {
            return assisted.bookFor(caller.id(), slot, Channel.PHONE, requestKey);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /**
     * Moves the booking and its slot back to the same time on a past day, as if the slot had
     * started (the clock cannot be turned back, and nothing can be booked in the past).
     */
    public LocalDateTime moveIntoThePast(BookingDetails booking, LocalDate day) {
        LocalDateTime start = day.atTime(booking.start().toLocalTime());
        LocalDateTime end = day.atTime(booking.end().toLocalTime());
        OffsetDateTime startsAt = start.atZone(PORTH).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime endsAt = end.atZone(PORTH).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.update("update booking_slot set starts_at = ?, ends_at = ? where id = (select slot_id from booking where reference = ?)",
                startsAt, endsAt, booking.reference());
        jdbc.update("update booking set starts_at = ?, ends_at = ? where reference = ?", startsAt, endsAt,
                booking.reference());
        return start;
    }
}

package org.porth.booking.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.porth.booking.BookableResource;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingRefused.Reason;
import org.porth.booking.OpeningTimes;
import org.porth.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * When a resource has slots, and which of them can be booked at a given moment: opening hours,
 * closures (bank holidays, the resource's own closure days and those administrators add), the horizon and the lead time.
 * Nothing here counts places; that is the database's job ({@link SlotCounters}).
 */
@Component
public class Schedule {

    /** Slots are wall-clock times in Porth: 09:00 is 09:00 in summer and winter alike. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final BusinessCalendar calendar;
    private final Closures closures;

    Schedule(BusinessCalendar calendar, Closures closures) {
        this.calendar = calendar;
        this.closures = closures;
    }

    /** A slot of a resource: its start and end on the clock in Porth. */
    public record Slot(LocalDateTime start, LocalDateTime end) {

        public Instant startInstant() {
            return start.atZone(ZONE).toInstant();
        }

        public Instant endInstant() {
            return end.atZone(ZONE).toInstant();
        }
    }

    public boolean isClosed(BookableResource resource, LocalDate date) {
        return resource.closed().contains(date) || calendar.holiday(date).isPresent()
                || !resource.opening().containsKey(date.getDayOfWeek()) || closures.covers(resource.id(), date);
    }

    /** The day's slots in time order; none when it is closed. */
    public List<Slot> slotsOn(BookableResource resource, LocalDate date) {
        return isClosed(resource, date) ? List.of() : slotsByHours(resource, date);
    }

    /** Whether the resource's opening hours give a slot from start to end, closures aside. */
    public boolean withinHours(BookableResource resource, LocalDateTime start, LocalDateTime end) {
        return slotsByHours(resource, start.toLocalDate()).contains(new Slot(start, end));
    }

    private List<Slot> slotsByHours(BookableResource resource, LocalDate date) {
        List<Slot> slots = new ArrayList<>();
        for (OpeningTimes times : resource.opening().getOrDefault(date.getDayOfWeek(), List.of())) {
            if (resource.slotLength().isEmpty()) {
                slots.add(new Slot(date.atTime(times.opens()), date.atTime(times.closes())));
                continue;
            }
            Duration length = resource.slotLength().get();
            for (LocalDateTime start = date.atTime(times.opens());
                    !start.plus(length).isAfter(date.atTime(times.closes())); start = start.plus(length)) {
                slots.add(new Slot(start, start.plus(length)));
            }
        }
        return slots;
    }

    /** The first and last days that can be booked now: today (as far as the lead time allows) to the horizon. */
    public LocalDate lastBookableDay(BookableResource resource, Instant now) {
        return LocalDate.ofInstant(now, ZONE).plusDays(resource.horizonDays());
    }

    /** Whether the slot can be booked at {@code now}. */
    public boolean isBookable(BookableResource resource, Slot slot, Instant now) {
        return !slot.startInstant().isBefore(now.plus(resource.leadTime()));
    }

    /**
     * The slot starting then, if the resource can take a booking for it at {@code now}; otherwise
     * why not.
     *
     * @throws BookingRefused with the reason
     */
    public Slot bookableSlot(BookableResource resource, LocalDateTime start, Instant now) {
        LocalDate date = start.toLocalDate();
        if (date.isBefore(LocalDate.ofInstant(now, ZONE)) || date.isAfter(lastBookableDay(resource, now))) {
            throw new BookingRefused(Reason.OUTSIDE_HORIZON);
        }
        Optional<Slot> slot = slotsOn(resource, date).stream().filter(s -> s.start().equals(start)).findFirst();
        if (slot.isEmpty()) {
            throw new BookingRefused(Reason.CLOSED);
        }
        if (!isBookable(resource, slot.get(), now)) {
            throw new BookingRefused(Reason.TOO_SOON);
        }
        return slot.get();
    }

    /** Whether a resident may still cancel or move a booking starting then. */
    public boolean canStillChange(BookableResource resource, LocalDateTime start, Instant now) {
        return !now.isAfter(start.atZone(ZONE).toInstant().minus(resource.cancelUntil()));
    }
}

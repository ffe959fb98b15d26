package org.porth.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.porth.booking.BookingRefused.Reason;
import org.porth.booking.internal.BookingDesk;
import org.porth.booking.internal.BookingRow;
import org.porth.booking.internal.BookingRows;
import org.porth.booking.internal.ResourceRegistry;
import org.porth.booking.internal.Schedule;
import org.porth.booking.internal.SlotCounters;
import org.porth.booking.internal.SlotCounters.Counter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resource's day for staff: places and bookings per slot, blocking and reopening slots, and
 * marking who came. Blocking leaves the slot's bookings in place: the staff view asks whether to
 * move or cancel them ({@link AssistedBookings}). Who came is marked once the booking has started.
 */
@Service
@PreAuthorize(AssistedBookings.STAFF)
@Transactional
public class SlotAdministration {

    private final ResourceRegistry resources;
    private final Schedule schedule;
    private final SlotCounters counters;
    private final BookingRows rows;
    private final BookingDesk desk;

    SlotAdministration(ResourceRegistry resources, Schedule schedule, SlotCounters counters, BookingRows rows,
            BookingDesk desk) {
        this.resources = resources;
        this.schedule = schedule;
        this.counters = counters;
        this.rows = rows;
        this.desk = desk;
    }

    /** The day's slots in time order with their bookings (held, confirmed, attended, no-show); none when closed. */
    @Transactional(readOnly = true)
    public List<SlotState> day(String resourceId, LocalDate date) {
        BookableResource resource = resources.get(resourceId);
        Map<Instant, Counter> counted = counters.between(resourceId,
                        date.atStartOfDay(Schedule.ZONE).toInstant(), date.plusDays(1).atStartOfDay(Schedule.ZONE).toInstant())
                .stream().collect(Collectors.toMap(Counter::start, Function.identity()));
        Map<Long, List<BookingDetails>> bookings = rows.inSlots(counted.values().stream().map(Counter::id).toList())
                .stream().filter(row -> row.status() != BookingStatus.CANCELLED && row.status() != BookingStatus.EXPIRED)
                .collect(Collectors.groupingBy(BookingRow::slotId, Collectors.mapping(BookingRow::details, Collectors.toList())));
        return schedule.slotsOn(resource, date).stream().map(slot -> {
            Counter counter = counted.get(slot.startInstant());
            return counter == null ? new SlotState(slot.start(), slot.end(), resource.capacity(), 0, false, List.of())
                    : new SlotState(slot.start(), slot.end(), counter.capacity(), counter.taken(), counter.blocked(),
                            bookings.getOrDefault(counter.id(), List.of()));
        }).toList();
    }

    /** No more bookings in the slot until it is reopened; those it has stay. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public SlotState block(SlotTime slot) {
        return setBlocked(slot, true);
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public SlotState reopen(SlotTime slot) {
        return setBlocked(slot, false);
    }

    /** Refused ({@link Reason#NOT_STARTED}) before the booking has started, as {@link #markNoShow} is. */
    public BookingDetails markAttended(String reference) {
        return desk.markAttendance(reference, BookingStatus.ATTENDED).details();
    }

    public BookingDetails markNoShow(String reference) {
        return desk.markAttendance(reference, BookingStatus.NO_SHOW).details();
    }

    private SlotState setBlocked(SlotTime wanted, boolean blocked) {
        BookableResource resource = resources.get(wanted.resourceId());
        Schedule.Slot slot = schedule.slotsOn(resource, wanted.start().toLocalDate()).stream()
                .filter(candidate -> candidate.start().equals(wanted.start())).findFirst()
                .orElseThrow(() -> new BookingRefused(Reason.CLOSED));
        long id = counters.ensure(resource.id(), slot.startInstant(), slot.endInstant(), resource.capacity()).id();
        counters.setBlocked(id, blocked);
        return day(resource.id(), slot.start().toLocalDate()).stream()
                .filter(state -> state.start().equals(slot.start())).findFirst().orElseThrow();
    }
}

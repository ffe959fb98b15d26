package org.porth.booking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.porth.booking.BookableResource;
import org.porth.booking.BookingCancelled;
import org.porth.booking.BookingConfirmed;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingRefused.Reason;
import org.porth.booking.BookingRescheduled;
import org.porth.booking.BookingStatus;
import org.porth.booking.NoSuchBookingException;
import org.porth.booking.SlotTime;
import org.porth.resident.ResidentId;
import org.porth.shared.ReadableCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to bookings, each in one transaction: a refusal ({@link BookingRefused}) rolls back
 * whatever the change had done. Places are taken and given back only through {@link SlotCounters}
 * and {@link Allowances}, whose conditional updates keep capacity and limits; a change to an
 * existing booking first locks its row. Rows are locked in one order (booking, then allowances by
 * period, then slots by id) so that two changes never wait for each other.
 */
@Component
@Transactional
public class BookingDesk {

    private final ResourceRegistry resources;
    private final Schedule schedule;
    private final SlotCounters counters;
    private final Allowances allowances;
    private final BookingRows rows;
    private final Places places;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration hold;
    private final BookingMetrics metrics;

    BookingDesk(ResourceRegistry resources, Schedule schedule, SlotCounters counters, Allowances allowances,
            BookingRows rows, Places places, ApplicationEventPublisher events, Clock clock,
            @Value("${porth.booking.hold:10m}") Duration hold, BookingMetrics metrics) {
        this.resources = resources;
        this.schedule = schedule;
        this.counters = counters;
        this.allowances = allowances;
        this.rows = rows;
        this.places = places;
        this.events = events;
        this.clock = clock;
        this.hold = hold;
        this.metrics = metrics;
    }

    /**
     * Takes a place in the slot for the booker: held for a few minutes, or confirmed at once with the
     * request key (which the database lets a resident use once). A new hold replaces the resident's
     * hold on the same resources: choosing another time must not leave the first held, nor count
     * against the household's limit.
     */
    public BookingRow take(Booker booker, SlotTime wanted, boolean confirm, String requestKey) {
        try {
            return takeOrRefuse(booker, wanted, confirm, requestKey);
        } catch (BookingRefused refused) {
            metrics.refused(refused.reason());
            throw refused;
        }
    }

    private BookingRow takeOrRefuse(Booker booker, SlotTime wanted, boolean confirm, String requestKey) {
        Instant now = clock.instant();
        BookableResource resource = resources.get(wanted.resourceId());
        if (!resource.serves(booker.ward())) {
            throw new BookingRefused(Reason.NOT_IN_AREA);
        }
        Schedule.Slot slot = schedule.bookableSlot(resource, wanted.start(), now);
        boolean ownHoldLetGo = false;
        if (!confirm) {
            List<String> group = resources.group(resource.group()).stream().map(BookableResource::id).toList();
            for (BookingRow earlier : rows.lockHolds(booker.resident(), group)) {
                giveBack(resources.get(earlier.resourceId()), earlier);
                rows.changeStatus(earlier, BookingStatus.CANCELLED, now);
                ownHoldLetGo |= earlier.resourceId().equals(resource.id())
                        && earlier.localStart().equals(slot.start());
            }
        }
        if (!ownHoldLetGo) { // their own hold's place, just given back, is theirs to take again
            places.refuseIfKnownFull(resource, slot.start(), now);
        }
        SlotCounters.Counter counter = counters.ensure(resource.id(), slot.startInstant(), slot.endInstant(),
                resource.capacity());
        long slotId = counter.id();
        if (counter.placesLeft() == 0) {
            // spares the work below when the slot is plainly full; the conditional update decides
            throw places.taken(resource, slotId, slot.start(), now);
        }
        LocalDate allowance = takeAllowance(resource, booker.household(), slot.start().toLocalDate());
        BookingRow row = new BookingRow(UUID.randomUUID().toString(), ReadableCode.random("BKG"), slotId, resource.id(),
                slot.startInstant(), slot.endInstant(), booker.resident(), booker.household(), allowance,
                confirm ? BookingStatus.CONFIRMED : BookingStatus.HELD, confirm ? null : now.plus(hold),
                confirm ? requestKey : null, booker.channel(), booker.officerId());
        rows.insert(row, now);
        // the place last: the slot's row stays locked from here to the commit, so the others
        // queueing for a popular slot wait for as little as possible
        places.take(resource, slotId, slot.start(), now);
        if (confirm) {
            publishConfirmed(row);
        }
        return row;
    }

    /**
     * Confirms the resident's hold. Already confirmed: nothing more happens. A hold that lapsed and
     * was released is taken again if its slot still has a place.
     */
    public BookingRow confirm(ResidentId owner, String reference, String requestKey) {
        Instant now = clock.instant();
        BookingRow row = locked(reference, Optional.of(owner));
        if (row.status() == BookingStatus.CONFIRMED) {
            return row;
        }
        if (row.status() == BookingStatus.EXPIRED) {
            BookableResource resource = resources.get(row.resourceId());
            schedule.bookableSlot(resource, row.localStart(), now);
            if (row.allowanceStart() != null && resource.limit().isPresent() && !allowances.take(resource.group(),
                    row.household(), row.allowanceStart(), resource.limit().get().bookings())) {
                throw new BookingRefused(Reason.LIMIT_REACHED);
            }
            places.take(resource, row.slotId(), row.localStart(), now);
        } else if (row.status() != BookingStatus.HELD) {
            throw new BookingRefused(Reason.NOT_ACTIVE);
        }
        rows.confirm(row, requestKey, now);
        BookingRow confirmed = rows.find(reference).orElseThrow();
        publishConfirmed(confirmed);
        return confirmed;
    }

    /** As {@link #cancel(String, Optional, String, String)}, with no reason for the resident. */
    public BookingRow cancel(String reference, Optional<ResidentId> owner, String officerId) {
        return cancel(reference, owner, officerId, null);
    }

    /**
     * Cancels the booking and frees its place at once. Residents ({@code owner} given) reach only
     * their own bookings, and not once it is too late to cancel. Cancelling again changes nothing.
     *
     * @param reason why the council cancelled it, told to the resident; null for none
     */
    public BookingRow cancel(String reference, Optional<ResidentId> owner, String officerId, String reason) {
        Instant now = clock.instant();
        BookingRow row = locked(reference, owner);
        if (row.status() == BookingStatus.CANCELLED) {
            return row;
        }
        if (!row.status().isActive()) {
            throw new BookingRefused(Reason.NOT_ACTIVE);
        }
        BookableResource resource = resources.get(row.resourceId());
        if (owner.isPresent() && row.status() == BookingStatus.CONFIRMED
                && !schedule.canStillChange(resource, row.localStart(), now)) {
            throw new BookingRefused(Reason.TOO_LATE_TO_CANCEL);
        }
        giveBack(resource, row);
        rows.changeStatus(row, BookingStatus.CANCELLED, now);
        if (row.status() == BookingStatus.CONFIRMED) {
            events.publishEvent(new BookingCancelled(reference, row.residentId(), row.resourceId(), row.localStart(),
                    officerId, reason, resource.name(), resource.location()));
        }
        return rows.find(reference).orElseThrow();
    }

    /**
     * Moves the booking to another slot of its resource in one transaction: the new place is taken
     * and the old one given back together, so that the resident never has none or two; if the new
     * slot is full, nothing changes.
     */
    public BookingRow reschedule(String reference, Optional<ResidentId> owner, LocalDateTime newStart,
            String officerId) {
        Instant now = clock.instant();
        BookingRow row = locked(reference, owner);
        if (!row.status().isActive()) {
            throw new BookingRefused(Reason.NOT_ACTIVE);
        }
        BookableResource resource = resources.get(row.resourceId());
        if (owner.isPresent() && !schedule.canStillChange(resource, row.localStart(), now)) {
            throw new BookingRefused(Reason.TOO_LATE_TO_CANCEL);
        }
        Schedule.Slot slot = schedule.bookableSlot(resource, newStart, now);
        if (slot.start().equals(row.localStart())) {
            return row;
        }
        long newSlot = counters.ensure(resource.id(), slot.startInstant(), slot.endInstant(), resource.capacity()).id();
        LocalDate allowance = moveAllowance(resource, row, slot.start().toLocalDate());
        // both counters change in this transaction, so nobody sees one without the other; the lower id
        // first, so that two residents swapping slots cannot each hold the row the other waits for
        if (row.slotId() < newSlot) {
            counters.release(row.slotId());
            places.take(resource, newSlot, slot.start(), now);
        } else {
            places.take(resource, newSlot, slot.start(), now);
            counters.release(row.slotId());
        }
        rows.move(row, newSlot, slot.startInstant(), slot.endInstant(), allowance, now);
        if (row.status() == BookingStatus.CONFIRMED) { // a hold moved is news to nobody
            events.publishEvent(new BookingRescheduled(reference, row.residentId(), row.resourceId(), row.localStart(),
                    slot.start(), slot.end(), officerId, resource.name(), resource.location(), now));
        }
        return rows.find(reference).orElseThrow();
    }

    /** Lets the resident's hold go at once; a booking no longer held (confirmed, lapsed, cancelled) stays as it is. */
    public void releaseHold(ResidentId owner, String reference) {
        BookingRow row = locked(reference, Optional.of(owner));
        if (row.status() == BookingStatus.HELD) {
            giveBack(resources.get(row.resourceId()), row);
            rows.changeStatus(row, BookingStatus.CANCELLED, clock.instant());
        }
    }

    /** Lets a hold go if it is still held and has lapsed; false when it was confirmed or let go already. */
    public boolean releaseIfLapsed(String reference, Instant now) {
        BookingRow row = locked(reference, Optional.empty());
        if (row.status() != BookingStatus.HELD || !row.heldUntil().isBefore(now)) {
            return false;
        }
        giveBack(resources.get(row.resourceId()), row);
        rows.changeStatus(row, BookingStatus.EXPIRED, now);
        return true;
    }

    /**
     * Staff record whether the resident came, once the booking has started (a page left open can
     * still offer it for a booking moved later meanwhile); the place stays used either way.
     */
    public BookingRow markAttendance(String reference, BookingStatus attendance) {
        if (attendance != BookingStatus.ATTENDED && attendance != BookingStatus.NO_SHOW) {
            throw new IllegalArgumentException("Attendance is attended or no-show, not " + attendance);
        }
        Instant now = clock.instant();
        BookingRow row = locked(reference, Optional.empty());
        if (row.status() != BookingStatus.CONFIRMED && row.status() != BookingStatus.ATTENDED
                && row.status() != BookingStatus.NO_SHOW) {
            throw new BookingRefused(Reason.NOT_ACTIVE);
        }
        if (row.start().isAfter(now)) {
            throw new BookingRefused(Reason.NOT_STARTED);
        }
        rows.changeStatus(row, attendance, now);
        return rows.find(reference).orElseThrow();
    }

    private BookingRow locked(String reference, Optional<ResidentId> owner) {
        return rows.lock(reference, owner).orElseThrow(() -> new NoSuchBookingException(reference));
    }

    /** The first day of the limit period the booking counts in, once taken; null when the resource has no limit. */
    private LocalDate takeAllowance(BookableResource resource, String household, LocalDate date) {
        if (resource.limit().isEmpty()) {
            return null;
        }
        LocalDate period = resource.limit().get().per().start(date);
        if (!allowances.take(resource.group(), household, period, resource.limit().get().bookings())) {
            throw new BookingRefused(Reason.LIMIT_REACHED);
        }
        return period;
    }

    private LocalDate moveAllowance(BookableResource resource, BookingRow row, LocalDate newDate) {
        if (resource.limit().isEmpty() || row.allowanceStart() == null) {
            return row.allowanceStart();
        }
        LocalDate period = resource.limit().get().per().start(newDate);
        if (period.equals(row.allowanceStart())) {
            return period;
        }
        // the earlier period first, for the same reason as slots by id
        if (row.allowanceStart().isBefore(period)) {
            allowances.release(resource.group(), row.household(), row.allowanceStart());
            return takeAllowance(resource, row.household(), newDate);
        }
        LocalDate taken = takeAllowance(resource, row.household(), newDate);
        allowances.release(resource.group(), row.household(), row.allowanceStart());
        return taken;
    }

    private void giveBack(BookableResource resource, BookingRow row) {
        if (row.allowanceStart() != null) {
            allowances.release(resource.group(), row.household(), row.allowanceStart());
        }
        counters.release(row.slotId());
    }

    private void publishConfirmed(BookingRow row) {
        BookableResource resource = resources.get(row.resourceId());
        events.publishEvent(new BookingConfirmed(row.reference(), row.residentId(), row.resourceId(), row.localStart(),
                row.localEnd(), row.channel(), row.officerId(), resource.name(), resource.location()));
    }
}

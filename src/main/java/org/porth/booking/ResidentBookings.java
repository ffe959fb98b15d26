package org.porth.booking;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.porth.booking.internal.Booker;
import org.porth.booking.internal.BookingDesk;
import org.porth.booking.internal.BookingRow;
import org.porth.booking.internal.BookingRows;
import org.porth.booking.internal.CalendarFile;
import org.porth.booking.internal.RequestKeys;
import org.porth.booking.internal.ResourceRegistry;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.Council;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A resident's own bookings: hold a place while finishing the form, confirm it, or book at once;
 * cancel and reschedule; the calendar file. A resident reaches only their own bookings: another's
 * reference reads as none ({@link NoSuchBookingException}). Refusals are {@link BookingRefused}.
 */
@Service
@PreAuthorize("hasRole('RESIDENT')")
public class ResidentBookings {

    private final ResidentProfiles profiles;
    private final BookingDesk desk;
    private final BookingRows rows;
    private final RequestKeys requestKeys;
    private final ResourceRegistry resources;
    private final Council council;
    private final Clock clock;

    ResidentBookings(ResidentProfiles profiles, BookingDesk desk, BookingRows rows, RequestKeys requestKeys,
            ResourceRegistry resources, Council council, Clock clock) {
        this.profiles = profiles;
        this.desk = desk;
        this.rows = rows;
        this.requestKeys = requestKeys;
        this.resources = resources;
        this.council = council;
        this.clock = clock;
    }

    /** Holds a place for a few minutes ({@code porth.booking.hold}) while the resident finishes the form. */
    public BookingDetails hold(SlotTime slot) {
        return desk.take(Booker.resident(profiles.current()), slot, false, null).details();
    }

    /** Confirms the resident's hold; the same request key again returns the same booking. */
    public BookingDetails confirm(String reference, String requestKey) {
        return requestKeys.once(profiles::current, requestKey, me -> desk.confirm(me.id(), reference, requestKey))
                .details();
    }

    /** Books the slot at once, without a hold; the same request key again returns the same booking. */
    public BookingDetails book(SlotTime slot, String requestKey) {
        return requestKeys.once(profiles::current, requestKey, me -> desk.take(Booker.resident(me), slot, true, requestKey))
                .details();
    }

    /** Cancels the booking (or lets a hold go) and frees its place at once. */
    public BookingDetails cancel(String reference) {
        return desk.cancel(reference, Optional.of(profiles.current().id()), null).details();
    }

    /** Moves the booking to another time of the same resource; if that time is full nothing changes. */
    public BookingDetails reschedule(String reference, LocalDateTime newStart) {
        return desk.reschedule(reference, Optional.of(profiles.current().id()), newStart, null).details();
    }

    /** The resident's bookings, soonest first, cancelled and past ones included. */
    public List<BookingDetails> mine() {
        return rows.ofResident(profiles.current().id()).stream().map(BookingRow::details).toList();
    }

    public BookingDetails booking(String reference) {
        return own(reference).details();
    }

    /** The booking as an iCalendar file ({@link CalendarFile#MEDIA_TYPE}), in the language given. */
    public String calendarFile(String reference, Language language) {
        BookingRow row = own(reference);
        BookableResource resource = resources.get(row.resourceId());
        return CalendarFile.of(new CalendarFile.Event(row.id() + "@porth-booking", row.localStart(), row.localEnd(),
                resource.name().in(language), resource.location().in(language),
                Translations.get(language, "booking.calendar.description", row.reference()), council.name(language)),
                clock.instant());
    }

    private BookingRow own(String reference) {
        ResidentId me = profiles.current().id();
        return rows.find(reference).filter(row -> row.residentId().equals(me))
                .orElseThrow(() -> new NoSuchBookingException(reference));
    }
}

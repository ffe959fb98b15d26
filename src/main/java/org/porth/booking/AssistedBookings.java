package org.porth.booking;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.porth.booking.internal.Booker;
import org.porth.booking.internal.BookingDesk;
import org.porth.booking.internal.BookingRow;
import org.porth.booking.internal.BookingRows;
import org.porth.booking.internal.RequestKeys;
import org.porth.catalogue.Channel;
import org.porth.identity.CurrentUser;
import org.porth.identity.SignedInUser;
import org.porth.resident.Profile;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Staff booking for a caller (assisted digital), recorded with the channel and the officer, and
 * changing any booking. The limits, capacity and horizon are the residents'; the cancellation
 * cut-off is not, since staff cancel when the council cannot keep a booking.
 */
@Service
@PreAuthorize(AssistedBookings.STAFF)
public class AssistedBookings {

    static final String STAFF = "hasAnyRole('CASEWORKER', 'SUPERVISOR')";

    private final ResidentProfiles profiles;
    private final BookingDesk desk;
    private final BookingRows rows;
    private final RequestKeys requestKeys;
    private final CurrentUser currentUser;

    AssistedBookings(ResidentProfiles profiles, BookingDesk desk, BookingRows rows, RequestKeys requestKeys,
            CurrentUser currentUser) {
        this.profiles = profiles;
        this.desk = desk;
        this.rows = rows;
        this.requestKeys = requestKeys;
        this.currentUser = currentUser;
    }

    /**
     * Books the slot for the caller, confirmed at once; the same request key again returns the same
     * booking.
     *
     * @param channel how the caller reached us: phone or face to face
     */
    public BookingDetails bookFor(ResidentId caller, SlotTime slot, Channel channel, String requestKey) {
        if (channel != Channel.PHONE && channel != Channel.FACE_TO_FACE) {
            throw new IllegalArgumentException("Staff book for callers by phone or face to face, not " + channel);
        }
        String officer = officer();
        Supplier<Profile> profile = () -> profiles.profile(caller)
                .orElseThrow(() -> new IllegalArgumentException("No resident " + caller));
        return requestKeys.once(profile, requestKey,
                resident -> desk.take(Booker.forCaller(resident, channel, officer), slot, true, requestKey)).details();
    }

    public BookingDetails cancel(String reference) {
        return cancel(reference, null);
    }

    /** Cancels as the council; the resident is told so, with the reason when one is given. */
    public BookingDetails cancel(String reference, String reason) {
        return desk.cancel(reference, Optional.empty(), officer(), reason == null || reason.isBlank() ? null
                : reason.strip()).details();
    }

    public BookingDetails reschedule(String reference, LocalDateTime newStart) {
        return desk.reschedule(reference, Optional.empty(), newStart, officer()).details();
    }

    public Optional<BookingDetails> find(String reference) {
        return rows.find(reference).map(BookingRow::details);
    }

    /**
     * The booking a request's journey made, if any: a journey books with the request's reference
     * (PTH-...) as its request key, unique per resident, so this reads one row by that index.
     */
    public Optional<BookingDetails> forRequest(ResidentId resident, String requestReference) {
        return rows.byRequest(resident, requestReference).map(BookingRow::details);
    }

    /** A resident's bookings, soonest first. */
    public List<BookingDetails> bookingsOf(ResidentId resident) {
        return rows.ofResident(resident).stream().map(BookingRow::details).toList();
    }

    private String officer() {
        return currentUser.get().map(SignedInUser::id).orElseThrow();
    }
}

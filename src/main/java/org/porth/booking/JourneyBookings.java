package org.porth.booking;

import java.util.Optional;

import org.porth.booking.internal.Booker;
import org.porth.booking.internal.BookingDesk;
import org.porth.booking.internal.BookingRow;
import org.porth.catalogue.Channel;
import org.porth.identity.CurrentUser;
import org.porth.identity.SignedInUser;
import org.porth.resident.Profile;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings made inside a service's form, such as a bulky waste collection day: held for the form's
 * address when the day is chosen, by the resident or by an officer for a caller, and confirmed with
 * the request's reference as its request key when the form is submitted. A resident acts only for
 * themselves: another resident's id or booking reads as none ({@link NoSuchBookingException}).
 */
@Service
@PreAuthorize("hasAnyRole('RESIDENT', 'CASEWORKER', 'SUPERVISOR')")
public class JourneyBookings {

    private final ResidentProfiles profiles;
    private final BookingDesk desk;
    private final CurrentUser currentUser;

    JourneyBookings(ResidentProfiles profiles, BookingDesk desk, CurrentUser currentUser) {
        this.profiles = profiles;
        this.desk = desk;
        this.currentUser = currentUser;
    }

    /**
     * Holds the slot for a few minutes for a booking at the address (its ward picks the round; it is
     * the household a limit counts by), replacing the resident's earlier hold on the same resources.
     * It commits on its own, before the caller saves the form, so a refusal leaves nothing behind.
     *
     * @param channel how the form is being filled in: online, or by an officer for a caller
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BookingDetails hold(ResidentId resident, SlotTime slot, ResidentAddress at, Channel channel) {
        Optional<String> officer = officer();
        Profile profile = profile(resident, officer);
        Booker booker = officer.map(id -> Booker.forCaller(profile, channel, id)).orElseGet(() -> Booker.resident(profile));
        return desk.take(booker.at(at), slot, false, null).details();
    }

    /**
     * Confirms the hold in the caller's transaction, so that the request and its booking commit
     * together or not at all; confirmed already, it stays as it is. A hold that lapsed is taken
     * again if its slot still has a place, else {@link BookingRefused}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BookingDetails confirm(ResidentId resident, String reference, String requestReference) {
        profile(resident, officer());
        return desk.confirm(resident, reference, requestReference).details();
    }

    /** Lets the hold go (the form's address changed, so the day may be another round's); a lapsed one is gone already. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void release(ResidentId resident, String reference) {
        profile(resident, officer());
        try {
            desk.releaseHold(resident, reference);
        } catch (NoSuchBookingException gone) {
            // nothing to let go
        }
    }

    private Profile profile(ResidentId resident, Optional<String> officer) {
        if (officer.isPresent()) {
            return profiles.profile(resident).orElseThrow(() -> new NoSuchBookingException(resident.toString()));
        }
        Profile me = profiles.current();
        if (!me.id().equals(resident)) {
            throw new NoSuchBookingException(resident.toString());
        }
        return me;
    }

    /** The officer filling in the form for a caller; empty for a resident online. */
    private Optional<String> officer() {
        return currentUser.get().filter(SignedInUser::isStaff).map(SignedInUser::id);
    }
}

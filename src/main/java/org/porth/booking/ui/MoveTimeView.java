package org.porth.booking.ui;

import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.booking.Availability;
import org.porth.booking.BookingStatus;
import org.porth.booking.ResidentBookings;
import org.porth.identity.Role;
import org.porth.shared.BusinessCalendar;

/**
 * Moving a confirmed booking, second step: choosing a time moves it there, the new place taken
 * before the old one is given back (in one transaction, by the booking service).
 */
@Route(BookingPaths.MINE + "/:" + BookingPaths.REFERENCE + "/move/:" + BookingPaths.DATE)
@PageTitle("booking.times.title")
@RolesAllowed(Role.RESIDENT_NAME)
class MoveTimeView extends Div implements BeforeEnterObserver {

    private final OwnBooking own;
    private final Availability availability;
    private final ResidentBookings bookings;
    private final BusinessCalendar calendar;

    MoveTimeView(OwnBooking own, Availability availability, ResidentBookings bookings, BusinessCalendar calendar) {
        this.own = own;
        this.availability = availability;
        this.bookings = bookings;
        this.calendar = calendar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<OwnBooking.Found> found = own.find(event.getRouteParameters().get(BookingPaths.REFERENCE))
                .filter(booking -> booking.booking().status() == BookingStatus.CONFIRMED);
        Optional<LocalDate> date = event.getRouteParameters().get(BookingPaths.DATE)
                .flatMap(text -> DateInAddress.read(text, calendar));
        if (found.isEmpty() || date.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        String reference = found.get().booking().reference();
        add(new DayTimes(date.get(), () -> availability.times(found.get().resource().id(), date.get()), start -> {
            bookings.reschedule(reference, start);
            return new Location(BookingPaths.MINE, QueryParameters.of(MyBookingsView.MOVED, reference));
        }, BookingPaths.moveDays(reference)));
    }
}

package org.porth.booking.ui;

import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.booking.Availability;
import org.porth.booking.BookableResource;
import org.porth.booking.ResidentBookings;
import org.porth.booking.SlotTime;
import org.porth.identity.Role;
import org.porth.shared.BusinessCalendar;

/** Booking on its own, second step: choose a time of the day; choosing it holds it. */
@Route(BookingPaths.BOOK + "/:" + BookingPaths.RESOURCE + "/:" + BookingPaths.DATE)
@PageTitle("booking.times.title")
@RolesAllowed(Role.RESIDENT_NAME)
class ChooseTimeView extends Div implements BeforeEnterObserver {

    private final StandaloneResources resources;
    private final Availability availability;
    private final ResidentBookings bookings;
    private final BusinessCalendar calendar;

    ChooseTimeView(StandaloneResources resources, Availability availability, ResidentBookings bookings,
            BusinessCalendar calendar) {
        this.resources = resources;
        this.availability = availability;
        this.bookings = bookings;
        this.calendar = calendar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<BookableResource> resource = event.getRouteParameters().get(BookingPaths.RESOURCE)
                .flatMap(resources::find);
        Optional<LocalDate> date = event.getRouteParameters().get(BookingPaths.DATE)
                .flatMap(text -> DateInAddress.read(text, calendar));
        if (resource.isEmpty() || date.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        String id = resource.get().id();
        removeAll();
        add(new DayTimes(date.get(), () -> availability.times(id, date.get()),
                start -> new Location(BookingPaths.check(bookings.hold(new SlotTime(id, start)).reference())),
                BookingPaths.days(id)));
    }
}

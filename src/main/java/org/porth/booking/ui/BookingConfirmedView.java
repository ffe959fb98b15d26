package org.porth.booking.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingStatus;
import org.porth.booking.ResidentBookings;
import org.porth.identity.Role;
import org.porth.shared.Language;

/** "Booking confirmed": the BKG reference, where and when, what to bring, and the calendar file. */
@Route(BookingPaths.MINE + "/:" + BookingPaths.REFERENCE + "/confirmed")
@PageTitle("booking.confirmed.title")
@RolesAllowed(Role.RESIDENT_NAME)
class BookingConfirmedView extends Div implements BeforeEnterObserver {

    private final OwnBooking own;
    private final ResidentBookings bookings;

    BookingConfirmedView(OwnBooking own, ResidentBookings bookings) {
        this.own = own;
        this.bookings = bookings;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<OwnBooking.Found> found = own.find(event.getRouteParameters().get(BookingPaths.REFERENCE))
                .filter(booking -> booking.booking().status() == BookingStatus.CONFIRMED);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Language language = Language.of(getLocale());
        BookingDetails booking = found.get().booking();
        H1 heading = new H1(getTranslation("booking.confirmed.title"));
        heading.addClassName("porth-panel__title");
        Span reference = new Span(booking.reference());
        reference.addClassName("porth-reference");
        Div panel = new Div(heading, new Paragraph(new Span(getTranslation("booking.confirmed.reference") + " "),
                reference));
        panel.addClassName("porth-panel");
        H2 next = new H2(getTranslation("booking.confirmed.next"));
        next.addClassName("porth-heading-m");
        add(panel, new BookingSummary(booking, found.get().resource(), language), next,
                new Paragraph(getTranslation(WhatNext.key(found.get().resource()))),
                new Paragraph(CalendarLink.of(bookings, booking.reference(), language,
                        getTranslation("booking.calendar.download"))),
                new Paragraph(new RouterLink(getTranslation("booking.mine.title"), MyBookingsView.class)));
    }
}

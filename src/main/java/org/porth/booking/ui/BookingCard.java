package org.porth.booking.ui;


import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingStatus;
import org.porth.booking.ResidentBookings;
import org.porth.shared.Language;

/**
 * One booking on My bookings; an upcoming one with its actions: confirm a held time, or move,
 * cancel (asked again first, {@link CancelBookingView}) and add a confirmed one to a calendar.
 */
class BookingCard extends Div {

    BookingCard(BookingDetails booking, BookableResource resource, boolean upcoming, ResidentBookings bookings) {
        addClassName("porth-card");
        Language language = Language.of(getLocale());
        H3 name = new H3(resource.name().in(language));
        name.addClassName("porth-heading-s");
        name.setId("booking-" + booking.reference());
        add(name, new BookingSummary(booking, resource, language));
        if (!upcoming) {
            return;
        }
        if (booking.status() == BookingStatus.HELD) {
            add(new Paragraph(new Anchor(BookingPaths.check(booking.reference()),
                    getTranslation("booking.check.title"))));
            return;
        }
        Anchor cancel = new Anchor(BookingPaths.cancel(booking.reference()), getTranslation("booking.mine.cancel"));
        cancel.setId("cancel-" + booking.reference());
        cancel.addClassNames("porth-button", "porth-button--warning");
        Anchor move = new Anchor(BookingPaths.moveDays(booking.reference()), getTranslation(resource.slotLength().isEmpty() ? "fixes.booking.change-day" : "booking.mine.change"));
        move.addClassNames("porth-button", "porth-button--secondary");
        move.getElement().setAttribute("aria-describedby", name.getId().orElseThrow());
        cancel.getElement().setAttribute("aria-describedby", name.getId().orElseThrow());
        Div actions = new Div(move, cancel);
        actions.addClassName("porth-button-group");
        add(new Paragraph(CalendarLink.of(bookings, booking.reference(), language,
                getTranslation("booking.calendar.download"))), actions);
    }
}

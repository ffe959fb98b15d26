package org.porth.booking.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingRefused;
import org.porth.booking.ResidentBookings;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shell.ErrorMessage;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ErrorSummary.Problem;

/**
 * "Are you sure you want to cancel this booking?" (GOV.UK's confirmation page): the booking, what
 * cancelling it does, a warning button and "No, go back", so that one tap on My bookings never
 * cancels. A refused cancel (too late) says why next to the button and in the error summary.
 */
@Route(BookingPaths.MINE + "/:" + BookingPaths.REFERENCE + "/cancel")
@PageTitle("fixes.booking.cancel.title")
@RolesAllowed(Role.RESIDENT_NAME)
class CancelBookingView extends Div implements BeforeEnterObserver {

    static final String CONFIRM_ID = "confirm-cancel";

    private final OwnBooking own;
    private final ResidentBookings bookings;
    private final ErrorSummary summary = new ErrorSummary();
    private final ErrorMessage error = new ErrorMessage(null);

    CancelBookingView(OwnBooking own, ResidentBookings bookings) {
        this.own = own;
        this.bookings = bookings;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<OwnBooking.Found> found = own.find(event.getRouteParameters().get(BookingPaths.REFERENCE))
                .filter(booking -> booking.booking().status().isActive());
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        BookingDetails booking = found.get().booking();
        H1 heading = new H1(getTranslation("fixes.booking.cancel.title"));
        heading.addClassName("porth-heading-l");
        NativeButton cancel = new NativeButton(getTranslation("fixes.booking.cancel.confirm"), click -> cancel(booking));
        cancel.setId(CONFIRM_ID);
        cancel.addClassNames("porth-button", "porth-button--warning");
        Anchor back = new Anchor(BookingPaths.MINE, getTranslation("fixes.go-back"));
        Div actions = new Div(cancel, back);
        actions.addClassName("porth-button-group");
        add(summary, heading, new BookingSummary(booking, found.get().resource(), Language.of(getLocale())),
                new Paragraph(getTranslation("fixes.booking.cancel.consequence")), error, actions);
    }

    private void cancel(BookingDetails booking) {
        try {
            bookings.cancel(booking.reference());
            UI.getCurrent().navigate(BookingPaths.MINE,
                    QueryParameters.of(MyBookingsView.CANCELLED, booking.reference()));
        } catch (BookingRefused refusal) {
            error.show(getTranslation(refusal.messageKey()));
            summary.show(List.of(new Problem(CONFIRM_ID, getTranslation(refusal.messageKey()))));
        }
    }
}

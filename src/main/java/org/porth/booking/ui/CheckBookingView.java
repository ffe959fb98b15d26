package org.porth.booking.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingStatus;
import org.porth.booking.ResidentBookings;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ErrorSummary.Problem;

/**
 * Check and confirm a held time: how long it is held, where and when. Confirming uses the booking's
 * reference as the request key, so pressing Confirm twice books once. Choosing a different time
 * lets the hold go first, so it does not count against the household's limit.
 */
@Route(BookingPaths.MINE + "/:" + BookingPaths.REFERENCE + "/check")
@PageTitle("booking.check.title")
@RolesAllowed(Role.RESIDENT_NAME)
class CheckBookingView extends Div implements BeforeEnterObserver {

    static final String CONFIRM_ID = "confirm-booking";

    private final OwnBooking own;
    private final ResidentBookings bookings;
    private final Clock clock;
    private final ErrorSummary summary = new ErrorSummary();

    CheckBookingView(OwnBooking own, ResidentBookings bookings, Clock clock) {
        this.own = own;
        this.bookings = bookings;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<OwnBooking.Found> found = own.find(event.getRouteParameters().get(BookingPaths.REFERENCE));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        BookingDetails booking = found.get().booking();
        if (booking.status() == BookingStatus.CONFIRMED) {
            event.forwardTo(BookingPaths.confirmed(booking.reference()));
            return;
        }
        removeAll();
        H1 heading = new H1(getTranslation("booking.check.title"));
        heading.addClassName("porth-heading-l");
        add(summary, heading);
        if (booking.status() == BookingStatus.HELD) {
            Paragraph holding = new Paragraph(getTranslation("booking.check.holding", minutesLeft(booking)));
            holding.addClassName("porth-inset");
            add(holding);
        } else {
            add(new Paragraph(getTranslation(BookingRefused.Reason.NOT_ACTIVE.messageKey())));
        }
        add(new BookingSummary(booking, found.get().resource(), Language.of(getLocale())));
        Div buttons = new Div();
        buttons.addClassName("porth-button-group");
        if (booking.status() == BookingStatus.HELD) {
            NativeButton confirm = new NativeButton(getTranslation("booking.check.confirm"), click -> confirm(booking));
            confirm.setId(CONFIRM_ID);
            confirm.addClassName("porth-button");
            buttons.add(confirm);
        }
        NativeButton change = new NativeButton(getTranslation(found.get().resource().slotLength().isEmpty()
                ? "fixes.booking.check.change-day" : "booking.check.change"), click -> change(booking));
        change.addClassNames("porth-button", "porth-button--secondary");
        buttons.add(change);
        add(buttons);
    }

    private long minutesLeft(BookingDetails booking) {
        long seconds = Duration.between(clock.instant(), booking.heldUntil()).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    private void confirm(BookingDetails booking) {
        try {
            bookings.confirm(booking.reference(), booking.reference());
            UI.getCurrent().navigate(BookingPaths.confirmed(booking.reference()));
        } catch (BookingRefused refusal) {
            summary.show(List.of(new Problem(CONFIRM_ID, getTranslation(refusal.messageKey()))));
        }
    }

    private void change(BookingDetails booking) {
        try {
            bookings.cancel(booking.reference());
        } catch (BookingRefused alreadyGone) {
            // the hold lapsed while the page was open: its place is free already
        }
        UI.getCurrent().navigate(BookingPaths.times(booking.resourceId(), booking.start().toLocalDate()));
    }
}

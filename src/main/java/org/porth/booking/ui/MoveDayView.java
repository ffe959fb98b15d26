package org.porth.booking.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.booking.BookingStatus;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;

/** Moving a confirmed booking, first step: choose a new day; the booking stays put until a new time is chosen. */
@Route(BookingPaths.MINE + "/:" + BookingPaths.REFERENCE + "/move")
@PageTitle("booking.move.title")
@RolesAllowed(Role.RESIDENT_NAME)
class MoveDayView extends Div implements BeforeEnterObserver {

    private final OwnBooking own;
    private final DayPickers dayPickers;

    MoveDayView(OwnBooking own, DayPickers dayPickers) {
        this.own = own;
        this.dayPickers = dayPickers;
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
        ErrorSummary summary = new ErrorSummary();
        String reference = found.get().booking().reference();
        H1 heading = new H1(getTranslation("booking.move.title"));
        heading.addClassName("porth-heading-l");
        Paragraph intro = new Paragraph(getTranslation(found.get().resource().slotLength().isEmpty()
                ? "fixes.booking.move.intro-day" : "booking.move.intro"));
        intro.addClassName("porth-lead");
        add(summary, heading, intro,
                new BookingSummary(found.get().booking(), found.get().resource(), Language.of(getLocale())),
                dayPickers.of(found.get().resource(), summary,
                        date -> BookingPaths.moveTimes(reference, date)));
    }
}

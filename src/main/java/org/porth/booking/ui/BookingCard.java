package org.porth.booking.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingStatus;
import org.porth.booking.ResidentBookings;
import org.porth.shared.Language;
import org.porth.shell.ErrorMessage;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ErrorSummary.Problem;

/**
 * One booking on My bookings; an upcoming one with its actions: confirm a held time, or move,
 * cancel and add a confirmed one to a calendar. A refused cancel says why next to the button and
 * in the error summary.
 */
class BookingCard extends Div {

    BookingCard(BookingDetails booking, BookableResource resource, boolean upcoming, ResidentBookings bookings,
            ErrorSummary summary, Consumer<String> cancelled) {
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
        String cancelId = "cancel-" + booking.reference();
        ErrorMessage error = new ErrorMessage(null);
        NativeButton cancel = new NativeButton(getTranslation("booking.mine.cancel"), click -> {
            try {
                bookings.cancel(booking.reference());
                cancelled.accept(booking.reference());
            } catch (BookingRefused refusal) {
                error.show(getTranslation(refusal.messageKey()));
                summary.show(List.of(new Problem(cancelId, getTranslation(refusal.messageKey()))));
            }
        });
        cancel.setId(cancelId);
        cancel.addClassNames("porth-button", "porth-button--warning");
        Anchor move = new Anchor(BookingPaths.moveDays(booking.reference()), getTranslation("booking.mine.change"));
        move.addClassNames("porth-button", "porth-button--secondary");
        move.getElement().setAttribute("aria-describedby", name.getId().orElseThrow());
        cancel.getElement().setAttribute("aria-describedby", name.getId().orElseThrow());
        Div actions = new Div(move, cancel);
        actions.addClassName("porth-button-group");
        add(new Paragraph(CalendarLink.of(bookings, booking.reference(), language,
                getTranslation("booking.calendar.download"))), error, actions);
    }
}

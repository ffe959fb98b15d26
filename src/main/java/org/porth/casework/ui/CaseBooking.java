package org.porth.casework.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.porth.booking.AssistedBookings;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingPages;
import org.porth.booking.BookingResources;
import org.porth.casework.CaseDetails;
import org.porth.resident.ResidentId;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * The booking the request's journey made, if any ("Booking: BKG-..., Tuesday 2 December 2026, 10:15,
 * Porth Recycling Centre"), linking to its day in the booking day view.
 */
final class CaseBooking {

    private CaseBooking() {
    }

    static Optional<Paragraph> of(CaseDetails details, AssistedBookings bookings, BookingResources resources,
            Language language) {
        if (details.residentId() == null) {
            return Optional.empty();
        }
        return bookings.forRequest(ResidentId.of(details.residentId()), details.summary().reference())
                .map(booking -> line(booking, resources, language));
    }

    private static Paragraph line(BookingDetails booking, BookingResources resources, Language language) {
        String where = resources.resource(booking.resourceId()).map(resource -> resource.name().in(language))
                .orElse(booking.resourceId());
        Paragraph line = new Paragraph();
        line.setId("case-booking");
        Span label = new Span(line.getTranslation("booking.staff.case-label") + " ");
        Anchor link = new Anchor(BookingPages.day(booking.resourceId(), booking.start().toLocalDate()),
                line.getTranslation("booking.staff.case-booking", booking.reference(),
                        DateText.withWeekday(booking.start().toLocalDate(), language),
                        booking.start().toLocalTime().toString(), where));
        line.add(label, link);
        return line;
    }
}

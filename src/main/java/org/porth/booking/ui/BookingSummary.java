package org.porth.booking.ui;

import com.vaadin.flow.component.html.DescriptionList;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingDetails;
import org.porth.shared.Language;

/** Where and when a booking is, and its reference, as a summary list. */
class BookingSummary extends DescriptionList {

    BookingSummary(BookingDetails booking, BookableResource resource, Language language) {
        addClassName("porth-summary-list");
        row("booking.summary.place", resource.name().in(language) + ", " + resource.location().in(language));
        row("booking.summary.when", BookingTexts.when(booking.start(), booking.end(), language));
        row("booking.summary.reference", booking.reference());
        row("booking.summary.status", getTranslation("booking.status." + booking.status().name()));
    }

    private void row(String termKey, String description) {
        add(new Term(getTranslation(termKey)), new Description(description));
    }
}

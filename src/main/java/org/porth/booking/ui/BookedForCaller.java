package org.porth.booking.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingPages;
import org.porth.resident.ResidentId;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/** The booking made for the caller: its reference to read out, when and where, and where to go next. */
final class BookedForCaller extends Div {

    BookedForCaller(BookingDetails booked, BookableResource resource, ResidentId caller, Language language) {
        setId("booked");
        H1 title = new H1(getTranslation("booking.staff.booked-title"));
        title.addClassName("porth-panel__title");
        Paragraph reference = new Paragraph(getTranslation("booking.staff.booked-reference", booked.reference()));
        reference.setId("booked-reference");
        Div panel = new Div(title, reference);
        panel.addClassName("porth-panel");
        Paragraph when = new Paragraph(getTranslation("booking.staff.booked-when",
                DateText.withWeekday(booked.start().toLocalDate(), language), Times.time(booked.start()),
                resource.name().in(language), resource.location().in(language)));
        when.setId("booked-when");
        Anchor day = new Anchor(BookingPages.day(resource.id(), booked.start().toLocalDate()),
                getTranslation("booking.staff.see-day"));
        day.setId("see-day");
        Anchor back = new Anchor("staff/callers/" + caller, getTranslation("booking.staff.back-to-caller"));
        add(panel, when, new Paragraph(day), new Paragraph(back));
    }
}

package org.porth.booking.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import org.porth.booking.FreeTime;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;

/**
 * The times of one day to choose from, and what choosing one does (hold it, or move a booking to
 * it); a refusal keeps the resident on the page with the reason and the nearest free times.
 */
class DayTimes extends Div {

    /** @param times and {@code choose} as {@link TimePicker} takes them */
    DayTimes(LocalDate date, Supplier<List<FreeTime>> times, Function<LocalDateTime, Location> choose, String otherDay) {
        Language language = Language.of(getLocale());
        ErrorSummary summary = new ErrorSummary();
        H1 heading = new H1(getTranslation("booking.times.title"));
        heading.addClassName("porth-heading-l");
        Paragraph day = new Paragraph(getTranslation("booking.times.day", BookingTexts.day(date, language)));
        day.addClassName("porth-lead");
        add(summary, heading, day);
        List<FreeTime> free = times.get();
        if (free.isEmpty()) {
            add(new Paragraph(getTranslation("booking.times.none")));
        } else {
            add(new TimePicker(free, times, summary, choose));
        }
        add(new Paragraph(new Anchor(otherDay, getTranslation("booking.times.other-day"))));
    }
}

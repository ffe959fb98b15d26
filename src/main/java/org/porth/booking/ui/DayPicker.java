package org.porth.booking.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.booking.Availability;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingResources;
import org.porth.booking.DayWithSpace;
import org.porth.booking.ResourceClosure;
import org.porth.shared.BusinessCalendar;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;

/**
 * Choosing a day of a resource: the days by week with the places left (or why not: full, or closed
 * and the administrator's reason), and a date input as the other way, checked here against the same
 * availability.
 */
class DayPicker extends Div {

    /** @param summary the page's error summary, at its top */
    DayPicker(BookableResource resource, Availability availability, BookingResources resources,
            BusinessCalendar calendar, Clock clock, ErrorSummary summary, Function<LocalDate, String> link) {
        Language language = Language.of(getLocale());
        LocalDate today = LocalDate.now(clock);
        LocalDate last = today.plusDays(resource.horizonDays());
        List<DayWithSpace> days = availability.days(resource.id(), today, last);
        if (days.isEmpty()) {
            add(new Paragraph(getTranslation("booking.days.none")));
        }
        Function<LocalDate, Optional<String>> closedWhy = date -> resources.closureOn(resource.id(), date)
                .map(ResourceClosure::reason);
        add(new DayList(days, today, last, date -> opens(resource, calendar, date), closedWhy, link, language),
                new DateChoice(date -> problem(resource, availability, closedWhy, today, last, date, language),
                        date -> UI.getCurrent().navigate(link.apply(date)), summary::show));
    }

    /** Whether the resource opens that day at all, so that a day with no space left reads "Full". */
    private static boolean opens(BookableResource resource, BusinessCalendar calendar, LocalDate date) {
        return resource.opening().containsKey(date.getDayOfWeek()) && !resource.closed().contains(date)
                && calendar.holiday(date).isEmpty();
    }

    private Optional<String> problem(BookableResource resource, Availability availability,
            Function<LocalDate, Optional<String>> closedWhy, LocalDate today, LocalDate last, LocalDate date,
            Language language) {
        if (date.isBefore(today) || date.isAfter(last)) {
            return Optional.of(getTranslation(BookingRefused.Reason.OUTSIDE_HORIZON.messageKey()));
        }
        Optional<String> closure = closedWhy.apply(date);
        if (closure.isPresent()) {
            return Optional.of(getTranslation("booking.date.closed", BookingTexts.day(date, language), closure.get()));
        }
        if (availability.days(resource.id(), date, date).isEmpty()) {
            return Optional.of(getTranslation("booking.date.full", BookingTexts.day(date, language)));
        }
        return Optional.empty();
    }
}

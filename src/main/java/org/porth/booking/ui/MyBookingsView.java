package org.porth.booking.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingResources;
import org.porth.booking.BookingStatus;
import org.porth.booking.ResidentBookings;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shell.NotificationBanner;

/**
 * The resident's bookings, upcoming first (soonest first), then past and cancelled ones; an
 * upcoming booking can be moved, cancelled (its place is free at once) or added to a calendar.
 * {@code ?moved=BKG-...} says a booking was just moved, {@code ?cancelled=BKG-...} that one was just cancelled.
 */
@Route(BookingPaths.MINE)
@PageTitle("booking.mine.title")
@Menu(order = 1.5, title = "nav.my-bookings")
@RolesAllowed(Role.RESIDENT_NAME)
class MyBookingsView extends Div implements BeforeEnterObserver {

    static final String MOVED = "moved";
    static final String CANCELLED = "cancelled";

    private final ResidentBookings bookings;
    private final BookingResources resources;
    private final Clock clock;
    private final Div notice = new Div();
    private final Div content = new Div();

    MyBookingsView(ResidentBookings bookings, BookingResources resources, Clock clock) {
        this.bookings = bookings;
        this.resources = resources;
        this.clock = clock;
        H1 heading = new H1(getTranslation("booking.mine.title"));
        heading.addClassName("porth-heading-l");
        add(notice, heading, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        notice.removeAll();
        event.getLocation().getQueryParameters().getSingleParameter(MOVED)
                .flatMap(reference -> bookings.mine().stream().filter(b -> b.reference().equals(reference)).findFirst())
                .ifPresent(moved -> notice.add(new NotificationBanner(getTranslation("booking.mine.moved",
                        moved.reference(), BookingTexts.at(moved.start(), Language.of(getLocale()))))));
        event.getLocation().getQueryParameters().getSingleParameter(CANCELLED)
                .flatMap(reference -> bookings.mine().stream().filter(b -> b.reference().equals(reference)).findFirst())
                .filter(cancelled -> cancelled.status() == BookingStatus.CANCELLED)
                .ifPresent(cancelled -> notice.add(new NotificationBanner(getTranslation("booking.mine.cancelled",
                        cancelled.reference()))));
        show();
    }

    private void show() {
        content.removeAll();
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Boolean, List<BookingDetails>> upcoming = bookings.mine().stream()
                .collect(Collectors.partitioningBy(b -> b.status().isActive() && b.end().isAfter(now)));
        if (upcoming.get(true).isEmpty() && upcoming.get(false).isEmpty()) {
            content.add(new Paragraph(getTranslation("booking.mine.empty")));
        }
        section("booking.mine.upcoming", upcoming.get(true), true);
        section("booking.mine.past", upcoming.get(false).reversed(), false);
    }

    private void section(String headingKey, List<BookingDetails> list, boolean canChange) {
        if (list.isEmpty()) {
            return;
        }
        H2 heading = new H2(getTranslation(headingKey));
        heading.addClassName("porth-heading-m");
        Section section = new Section(heading);
        list.forEach(booking -> resources.resource(booking.resourceId()).ifPresent(resource ->
                section.add(new BookingCard(booking, resource, canChange, bookings))));
        content.add(section);
    }
}

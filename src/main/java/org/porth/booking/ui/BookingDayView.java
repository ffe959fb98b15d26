package org.porth.booking.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingPages;
import org.porth.booking.BookingResources;
import org.porth.identity.Role;
import org.porth.shared.BusinessCalendar;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.StaffLayout;

/**
 * A resource's day for staff: choose the resource and the date, then each slot with its places,
 * whether it is blocked, and its bookings ({@link DaySlots}). The choice is in the address, so a
 * case can link to the day of its booking.
 */
@Route(value = BookingPages.DAY, layout = StaffLayout.class)
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
@Menu(order = 3, title = "booking.staff.day-title")
class BookingDayView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** How far back the date list goes: the days whose attendance may still be marked. */
    private static final int DAYS_BACK = 14;

    private final BookingResources resources;
    private final DayActions actions;
    private final Clock clock;
    private final BusinessCalendar calendar;
    private String title = "";

    BookingDayView(BookingResources resources, DayActions actions, Clock clock, BusinessCalendar calendar) {
        this.resources = resources;
        this.actions = actions;
        this.clock = clock;
        this.calendar = calendar;
        addClassName("porth-form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        List<BookableResource> all = resources.all();
        BookableResource resource = first(query, BookingPages.RESOURCE).flatMap(resources::resource).orElse(all.getFirst());
        Optional<String> asked = first(query, BookingPages.DATE);
        Optional<LocalDate> date = asked.flatMap(text -> DateInAddress.read(text, calendar));
        if (asked.isPresent() && date.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(all, resource, date.orElse(LocalDate.now(clock)));
    }

    private void show(List<BookableResource> all, BookableResource resource, LocalDate date) {
        removeAll();
        Language language = Language.of(getLocale());
        title = getTranslation("booking.staff.day-title");
        H1 heading = new H1(title);
        heading.addClassName("porth-heading-l");
        H2 day = new H2(getTranslation("booking.staff.day-heading", resource.name().in(language),
                DateText.withWeekday(date, language)));
        day.addClassName("porth-heading-m");
        day.setId("booking-day-heading");
        add(heading, chooser(all, resource, date, language), day,
                new DaySlots(actions, resource, date, LocalDateTime.now(clock), language));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private Component chooser(List<BookableResource> all, BookableResource resource, LocalDate date, Language language) {
        Select<BookableResource> which = new Select<>();
        which.setId("resource");
        which.setLabel(getTranslation("booking.staff.day-resource"));
        which.setItems(all);
        which.setItemLabelGenerator(option -> option.name().in(language));
        which.setValue(resource);
        LocalDate today = LocalDate.now(clock);
        Select<LocalDate> when = new Select<>();
        when.setId("date");
        when.setLabel(getTranslation("booking.staff.day-date"));
        LocalDate from = date.isBefore(today.minusDays(DAYS_BACK)) ? date : today.minusDays(DAYS_BACK);
        LocalDate to = date.isAfter(today.plusDays(resource.horizonDays())) ? date : today.plusDays(resource.horizonDays());
        when.setItems(from.datesUntil(to.plusDays(1)).toList());
        when.setItemLabelGenerator(option -> DateText.withWeekday(option, language));
        when.setValue(date);
        NativeButton showDay = new NativeButton(getTranslation("booking.staff.day-show"), click ->
                UI.getCurrent().navigate(BookingPages.DAY, QueryParameters.simple(Map.of(
                        BookingPages.RESOURCE, which.getValue().id(), BookingPages.DATE, when.getValue().toString()))));
        showDay.addClassName("porth-button");
        showDay.setId("show-day");
        Div chooser = new Div(which, when, showDay);
        chooser.addClassName("porth-booking-chooser");
        return chooser;
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("staff.area");
    }
}

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
import org.porth.booking.BookableResource;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;

/** Booking on its own (a recycling-centre visit), first step: choose a day with places left. */
@Route(BookingPaths.BOOK + "/:" + BookingPaths.RESOURCE)
@PageTitle("booking.days.title")
@RolesAllowed(Role.RESIDENT_NAME)
class ChooseDayView extends Div implements BeforeEnterObserver {

    private final StandaloneResources resources;
    private final DayPickers dayPickers;

    ChooseDayView(StandaloneResources resources, DayPickers dayPickers) {
        this.resources = resources;
        this.dayPickers = dayPickers;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<BookableResource> resource = event.getRouteParameters().get(BookingPaths.RESOURCE)
                .flatMap(resources::find);
        if (resource.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        ErrorSummary summary = new ErrorSummary();
        H1 heading = new H1(getTranslation("booking.days.title"));
        heading.addClassName("porth-heading-l");
        Paragraph intro = new Paragraph(getTranslation("booking.days.intro",
                resource.get().name().in(Language.of(getLocale()))));
        intro.addClassName("porth-lead");
        add(summary, heading, intro, dayPickers.of(resource.get(), summary,
                date -> BookingPaths.times(resource.get().id(), date)));
    }
}

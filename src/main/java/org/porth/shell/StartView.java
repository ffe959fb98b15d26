package org.porth.shell;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.porth.identity.SessionTimeouts;

/** The front door: "What do you need to do?" and, after signing out, a notice saying so. */
@Route("")
@PageTitle("start.title")
@Menu(order = 0, title = "nav.home")
@AnonymousAllowed
public class StartView extends Div implements BeforeEnterObserver {

    /** Query parameters the sign-in flow returns here with, and the notice each one shows. */
    private static final Map<String, String> NOTICES = Map.of(
            "signed-out", "start.signed-out",
            "sign-in-failed", "start.sign-in-failed");
    private static final String INACTIVE = "inactive";
    /** Booked on its own, without a service's form (the booking module's page). */
    private static final String RECYCLING_CENTRE = "book/recycling-centre";

    private final Div notices = new Div();
    private final SessionTimeouts timeouts;

    StartView(SessionTimeouts timeouts) {
        this.timeouts = timeouts;
        H1 heading = new H1(getTranslation("start.title"));
        heading.addClassName("porth-heading-xl");
        Paragraph intro = new Paragraph(getTranslation("start.intro"));
        intro.addClassName("porth-lead");

        H2 servicesHeading = new H2(getTranslation("start.services.heading"));
        servicesHeading.addClassName("porth-heading-m");
        Section services = new Section(servicesHeading, new ServiceSearchBox(),
                new Paragraph(new Anchor(ServiceSearchBox.SERVICES, getTranslation("start.services.browse"))),
                new Paragraph(new Anchor(RECYCLING_CENTRE, getTranslation("booking.start-link"))));
        services.addClassName("porth-section");
        add(notices, heading, intro, services);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        notices.removeAll();
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        NOTICES.forEach((parameter, key) -> {
            if (parameters.containsKey(parameter)) {
                boolean inactive = parameters.get(parameter).contains(INACTIVE);
                notices.add(new NotificationBanner(inactive
                        ? getTranslation("start.signed-out-inactive", DurationText.minutes(this, timeouts.idle()))
                        : getTranslation(key)));
            }
        });
    }
}

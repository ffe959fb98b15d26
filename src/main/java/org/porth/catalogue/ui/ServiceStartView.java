package org.porth.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;
import org.porth.shared.Council;
import org.porth.shared.Language;

/**
 * A service's start page, as GOV.UK has them: what the service is, what you need, how long it
 * takes, a Start now button, and what happens next with the time the council aims to respond in.
 */
@Route(ServiceStartView.ROUTE)
@AnonymousAllowed
class ServiceStartView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String SERVICE_ID = "serviceId";
    static final String ROUTE = ServicesView.PATH + "/:" + SERVICE_ID;
    /** The form engine's route for a service's questions. */
    static final String APPLY = "apply/";

    private final Catalogue catalogue;
    private final Council council;
    private ServiceDefinition service;

    ServiceStartView(Catalogue catalogue, Council council) {
        this.catalogue = catalogue;
        this.council = council;
        addClassName("porth-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        service = event.getRouteParameters().get(SERVICE_ID).flatMap(catalogue::current).orElse(null);
        if (service == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Language language = Language.of(getLocale());
        H1 name = new H1(service.name().in(language));
        name.addClassName("porth-heading-l");
        Paragraph summary = new Paragraph(service.summary().in(language));
        summary.addClassName("porth-lead");
        Section next = section("catalogue.start.what-happens-next", service.startPage().whatHappensNext(), language);
        next.addComponentAtIndex(1, new Paragraph(ServiceLevelText.of(this, service.serviceLevel())));
        add(name, summary,
                section("catalogue.start.what-you-need", service.startPage().whatYouNeed(), language),
                section("catalogue.start.how-long", service.startPage().howLong(), language),
                start(), next);
        otherWays();
        add(new Paragraph(new RouterLink(getTranslation("catalogue.browse-all"), ServicesView.class)));
    }

    @Override
    public String getPageTitle() {
        return service == null ? null : getTranslation("catalogue.start.page-title",
                service.name().in(Language.of(getLocale())), council.name(Language.of(getLocale())));
    }

    private Section section(String headingKey, Text text, Language language) {
        H2 heading = new H2(getTranslation(headingKey));
        heading.addClassName("porth-heading-m");
        Section section = new Section(heading);
        WrittenText.of(text.in(language)).forEach(section::add);
        return section;
    }

    /** Start now, when the service can be used online; otherwise how to use it instead. */
    private Component start() {
        if (!service.channels().contains(Channel.WEB)) {
            return new Paragraph(getTranslation("catalogue.start.not-online", council.phone()));
        }
        Anchor start = new Anchor(APPLY + service.id(), getTranslation("catalogue.start.button"));
        start.addClassNames("porth-button", "porth-button--start");
        start.getElement().setAttribute("draggable", "false");
        return start;
    }

    private void otherWays() {
        boolean phone = service.channels().contains(Channel.PHONE);
        boolean inPerson = service.channels().contains(Channel.FACE_TO_FACE);
        if (service.channels().contains(Channel.WEB) && (phone || inPerson)) {
            H2 heading = new H2(getTranslation("catalogue.start.other-ways"));
            heading.addClassName("porth-heading-m");
            Section section = new Section(heading);
            if (phone) {
                section.add(new Paragraph(getTranslation("catalogue.start.by-phone", council.phone())));
            }
            if (inPerson) {
                section.add(new Paragraph(getTranslation("catalogue.start.in-person", council.address(Language.of(getLocale())))));
            }
            add(section);
        }
    }
}

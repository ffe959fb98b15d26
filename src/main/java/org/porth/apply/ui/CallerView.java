package org.porth.apply.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.apply.Applications;
import org.porth.apply.FormPosition;
import org.porth.booking.BookingPages;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;
import org.porth.forms.FieldError;
import org.porth.identity.Role;
import org.porth.resident.Profile;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.porth.shell.ErrorSummary;
import org.porth.shell.NativeSelect;
import org.porth.shell.StaffLayout;

/** The caller chosen: which service they need, and how they contacted the council. Then the form. */
@Route(value = "staff/callers/:resident", layout = StaffLayout.class)
@PageTitle("callers.start.title")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
class CallerView extends Div implements BeforeEnterObserver {

    static final String RESIDENT = "resident";

    private final ResidentProfiles residents;
    private final Catalogue catalogue;
    private final Applications applications;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private NativeSelect<ServiceDefinition> service;
    private final RadioButtonGroup<Channel> channel = new RadioButtonGroup<>();
    private ResidentId residentId;

    CallerView(ResidentProfiles residents, Catalogue catalogue, Applications applications) {
        this.residents = residents;
        this.catalogue = catalogue;
        this.applications = applications;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            residentId = ResidentId.of(event.getRouteParameters().get(RESIDENT).orElseThrow());
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        residents.profile(residentId).ifPresentOrElse(this::render, () -> event.rerouteToError(NotFoundException.class));
    }

    private void render(Profile caller) {
        removeAll();
        Language language = Language.of(getLocale());
        H1 heading = new H1(getTranslation("callers.start.heading", caller.name().full()));
        heading.addClassName("porth-heading-l");
        List<ServiceDefinition> services = catalogue.services(language).stream()
                .filter(definition -> definition.channels().contains(Channel.PHONE)
                        || definition.channels().contains(Channel.FACE_TO_FACE))
                .sorted(Comparator.comparing(definition -> definition.name().in(language)))
                .toList();
        service = new NativeSelect<>(getTranslation("callers.start.service"), "service");
        service.setItems(services, ServiceDefinition::id, definition -> definition.name().in(language),
                getTranslation("callers.start.choose"));
        channel.setLabel(getTranslation("callers.start.channel"));
        channel.setId("channel");
        channel.setItems(Channel.PHONE, Channel.FACE_TO_FACE);
        channel.setItemLabelGenerator(option -> getTranslation("callers.channel." + option.name()));
        NativeButton start = new NativeButton(getTranslation("callers.start.button"), click -> start());
        start.addClassName("porth-button");
        Anchor book = new Anchor(BookingPages.bookFor(caller.id()), getTranslation("booking.staff.book-action"));
        book.setId("book-appointment");
        add(FormParts.backLink("staff/callers", this), errorSummary, heading, service, channel, start,
                new Paragraph(book));
        addClassName("porth-form-page");
    }

    private void start() {
        Language language = Language.of(getLocale());
        var errors = new java.util.ArrayList<FieldError>();
        var chosen = service.value();
        if (chosen.isEmpty()) {
            errors.add(new FieldError("service", null, both("callers.error.service")));
        }
        if (channel.getValue() == null) {
            errors.add(new FieldError("channel", null, both("callers.error.channel")));
        } else if (chosen.isPresent() && !chosen.get().channels().contains(channel.getValue())) {
            errors.add(new FieldError("channel", null, both("callers.error.not-by-channel")));
        }
        service.showError(messageFor(errors, "service", language));
        channel.setInvalid(messageFor(errors, "channel", language).isPresent());
        channel.setErrorMessage(messageFor(errors, "channel", language).orElse(null));
        errorSummary.show(SummaryProblems.of(errors, language, (id, field) -> id));
        if (!errors.isEmpty()) {
            return;
        }
        FormPosition position = applications.startFor(residentId, chosen.get().id(), channel.getValue());
        UI.getCurrent().navigate(new FormPaths(FormPaths.STAFF_BASE).page(position.draftId(), position.pageId()));
    }

    private static java.util.Optional<String> messageFor(java.util.List<FieldError> errors, String id, Language language) {
        return errors.stream().filter(error -> error.questionId().equals(id)).findFirst()
                .map(error -> error.message().in(language));
    }

    private static Text both(String key) {
        return new Text(Translations.get(Language.ENGLISH, key), Translations.get(Language.WELSH, key));
    }
}

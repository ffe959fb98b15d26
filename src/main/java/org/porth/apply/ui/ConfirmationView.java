package org.porth.apply.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.porth.apply.Confirmation;
import org.porth.apply.NoSuchDraftException;
import org.porth.apply.Satisfaction;
import org.porth.apply.Submissions;
import org.porth.booking.BookingPages;
import org.porth.identity.Role;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.porth.shell.StaffLayout;

/** "Request sent": the reference, what happens next, and how soon the council aims to respond. */
@Route(FormPaths.RESIDENT_BASE + "/sent/:reference")
@RouteAlias(value = FormPaths.STAFF_BASE + "/sent/:reference", layout = StaffLayout.class)
@PageTitle("sent.title")
@RolesAllowed({Role.RESIDENT_NAME, Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
class ConfirmationView extends Div implements BeforeEnterObserver {

    private final Submissions submissions;
    private final Satisfaction satisfaction;

    ConfirmationView(Submissions submissions, Satisfaction satisfaction) {
        this.submissions = submissions;
        this.satisfaction = satisfaction;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Confirmation confirmation;
        try {
            confirmation = submissions.confirmation(new Reference(event.getRouteParameters().get("reference").orElseThrow()));
        } catch (NoSuchDraftException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(confirmation, FormPaths.of(event.getLocation()).base().equals(FormPaths.STAFF_BASE));
    }

    private void render(Confirmation confirmation, boolean byOfficer) {
        removeAll();
        Language language = Language.of(getLocale());
        H1 heading = new H1(getTranslation("sent.title"));
        heading.addClassName("porth-panel__title");
        Span reference = new Span(confirmation.reference().value());
        reference.addClassName("porth-reference");
        Div panel = new Div(heading, new Paragraph(new Span(getTranslation("sent.reference") + " "), reference));
        panel.addClassName("porth-panel");
        H2 next = new H2(getTranslation("sent.next"));
        next.addClassName("porth-heading-m");
        add(panel);
        confirmation.booked().ifPresent(booked -> add(booking(booked, byOfficer, language)));
        add(next, new Paragraph(confirmation.definition().startPage().whatHappensNext().in(language)),
                new Paragraph(ServiceLevelText.of(confirmation.definition().serviceLevel(), this)),
                new Paragraph(getTranslation(byOfficer ? "sent.officer-note" : "sent.keep-reference")));
        if (!byOfficer) {
            add(new Paragraph(new Anchor(FormPaths.MY_REQUESTS, getTranslation("sent.my-requests"))));
            Satisfaction.Question question = satisfaction.question(confirmation.reference());
            if (question != Satisfaction.Question.NOT_ASKED) {
                add(new SatisfactionForm(satisfaction, confirmation.reference(), question == Satisfaction.Question.ANSWERED));
            }
        }
    }

    /** The day (and time) the form booked, and where the resident changes it or adds it to a calendar. */
    private Section booking(Confirmation.Booked booked, boolean byOfficer, Language language) {
        H2 heading = new H2(getTranslation("sent.booking.title"));
        heading.addClassName("porth-heading-m");
        String when = DateText.withWeekday(booked.date(), language)
                + booked.time().map(time -> ", " + DateText.time(time, language)).orElse("");
        Section section = new Section(heading, new Paragraph(getTranslation("sent.booking.when", when, booked.reference())));
        section.add(byOfficer ? new Paragraph(getTranslation("sent.booking.officer-note"))
                : new Paragraph(new Anchor(BookingPages.MINE, getTranslation("sent.booking.manage"))));
        return section;
    }
}

package org.porth.apply.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.porth.apply.Applications;
import org.porth.apply.NoSuchDraftException;
import org.porth.catalogue.EligibilityExit;
import org.porth.identity.Role;
import org.porth.shell.StaffLayout;
import org.porth.shared.Language;

/** "You cannot use this service": why, what to do instead, and the way back to change the answer. */
@Route(FormPaths.RESIDENT_BASE + "/draft/:draft/cannot-use/:page")
@RouteAlias(value = FormPaths.STAFF_BASE + "/draft/:draft/cannot-use/:page", layout = StaffLayout.class)
@PageTitle("form.cannot-use.title")
@RolesAllowed({Role.RESIDENT_NAME, Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
class CannotUseView extends Div implements BeforeEnterObserver {

    private final Applications applications;

    CannotUseView(Applications applications) {
        this.applications = applications;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String draftId = event.getRouteParameters().get("draft").orElseThrow();
        String pageId = event.getRouteParameters().get("page").orElseThrow();
        EligibilityExit exit;
        try {
            exit = applications.exitAfter(draftId, pageId).orElse(null);
        } catch (NoSuchDraftException e) {
            exit = null;
        }
        if (exit == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Language language = Language.of(getLocale());
        FormPaths paths = FormPaths.of(event.getLocation());
        removeAll();
        H1 heading = new H1(getTranslation("form.cannot-use.title"));
        heading.addClassName("porth-heading-l");
        add(FormParts.backLink(paths.page(draftId, pageId), this), heading,
                new Paragraph(exit.reason().in(language)), new Paragraph(exit.instead().in(language)));
    }
}

package org.porth.apply.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.apply.Applications;
import org.porth.apply.FormPosition;
import org.porth.apply.NoSuchDraftException;
import org.porth.identity.Role;

/** "Start now" on a service's page: a new draft, its questions about the resident prefilled, then its first page. */
@Route(FormPaths.RESIDENT_BASE + "/:service")
@RolesAllowed(Role.RESIDENT_NAME)
class StartApplicationView extends Div implements BeforeEnterObserver {

    private final Applications applications;

    StartApplicationView(Applications applications) {
        this.applications = applications;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String serviceId = event.getRouteParameters().get("service").orElseThrow();
        try {
            FormPosition start = applications.start(serviceId);
            event.forwardTo(new FormPaths(FormPaths.RESIDENT_BASE).page(start.draftId(), start.pageId()));
        } catch (NoSuchDraftException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }
}

package org.porth.resident.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;

/** Everything the resident has asked the council for. Requests arrive with the apply feature. */
@Route("my-requests")
@PageTitle("my-requests.title")
@Menu(order = 1, title = "nav.my-requests")
@RolesAllowed(Role.RESIDENT_NAME)
class MyRequestsView extends Div {

    MyRequestsView() {
        H1 heading = new H1(getTranslation("my-requests.title"));
        heading.addClassName("porth-heading-l");
        Paragraph empty = new Paragraph(getTranslation("my-requests.empty"));
        empty.addClassName("porth-lead");
        add(heading, empty, new Paragraph(getTranslation("my-requests.empty-hint")));
    }
}

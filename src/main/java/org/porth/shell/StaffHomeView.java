package org.porth.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;

/**
 * The back office start page. Queues, cases, bookings, insight and admin join the side navigation.
 * <p>
 * It names its layout: Vaadin 25.2 ranks {@code @Layout("/")} and {@code @Layout("/staff")} as
 * equally specific for {@code /staff}, so the automatic layout would be whichever was registered
 * first, which changes from one start-up to the next.
 */
@Route(value = "staff", layout = StaffLayout.class)
@PageTitle("staff.home.title")
@Menu(order = 0, title = "staff.home.title")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class StaffHomeView extends Div {

    StaffHomeView(CurrentUser currentUser) {
        H1 heading = new H1(getTranslation("staff.home.title"));
        heading.addClassName("porth-heading-l");
        String name = currentUser.get().orElseThrow().name();
        add(heading, new Paragraph(getTranslation("staff.home.welcome", name)),
                new Paragraph(getTranslation("staff.home.intro")));
    }
}

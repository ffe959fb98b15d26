package org.porth.shell;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The back office start page: what features put there for this person ({@link StaffHomeSection}; a
 * caseworker's own work), and the side navigation that queues, cases, bookings, insight and admin join.
 * <p>
 * It names its layout: Vaadin 25.2 ranks {@code @Layout("/")} and {@code @Layout("/staff")} as
 * equally specific for {@code /staff}, so the automatic layout would be whichever was registered
 * first, which changes from one start-up to the next.
 */
@Route(value = "staff", layout = StaffLayout.class)
@PageTitle("staff.home.title")
@Menu(order = 0, title = "staff.home.title")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class StaffHomeView extends Div {

    StaffHomeView(CurrentUser currentUser, ObjectProvider<StaffHomeSection> sections) {
        H1 heading = new H1(getTranslation("staff.home.title"));
        heading.addClassName("porth-heading-l");
        String name = currentUser.get().orElseThrow().name();
        add(heading, new Paragraph(getTranslation("staff.home.welcome", name)));
        List<Component> features = sections.orderedStream().flatMap(section -> section.create().stream()).toList();
        if (features.isEmpty()) {
            add(new Paragraph(getTranslation("staff.home.intro")));
        }
        features.forEach(this::add);
    }
}

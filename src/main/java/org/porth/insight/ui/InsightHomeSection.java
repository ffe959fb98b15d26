package org.porth.insight.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.shell.StaffHomeSection;
import org.springframework.core.annotation.Order;

/**
 * Points managers, supervisors and administrators at the dashboard from the staff start page: for a
 * manager, who works no cases, it is the reason to be there.
 */
@org.springframework.stereotype.Component
@Order(10)
class InsightHomeSection implements StaffHomeSection {

    private final CurrentUser currentUser;

    InsightHomeSection(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create() {
        boolean sees = currentUser.get().filter(user -> user.has(Role.MANAGER) || user.has(Role.SUPERVISOR)
                || user.has(Role.ADMIN)).isPresent();
        if (!sees) {
            return Optional.empty();
        }
        H2 heading = new H2();
        heading.addClassName("porth-heading-m");
        Div section = new Div(heading);
        heading.setText(section.getTranslation("insight.title"));
        RouterLink link = new RouterLink(section.getTranslation("insight.home.link"), InsightView.class);
        link.setId("insight-home-link");
        section.add(new Paragraph(section.getTranslation("insight.home.intro")), new Paragraph(link));
        section.setId("insight-home");
        return Optional.of(section);
    }
}

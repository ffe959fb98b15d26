package org.porth.channels.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.channels.AllowedApp;
import org.porth.channels.AllowedApps;
import org.porth.identity.Role;

/** My account: the apps the resident allowed to act for them, what each may do, and a button to remove it. */
@Route("my-account/apps")
@PageTitle("my-apps.title")
@RolesAllowed(Role.RESIDENT_NAME)
class AllowedAppsView extends Div {

    private final AllowedApps apps;
    private final Div notice = new Div();
    private final Div list = new Div();

    AllowedAppsView(AllowedApps apps) {
        this.apps = apps;
        H1 heading = new H1(getTranslation("my-apps.title"));
        heading.addClassName("porth-heading-l");
        notice.setId("my-apps-notice");
        notice.getElement().setAttribute("role", "status");
        list.setId("my-apps");
        add(notice, heading, new Paragraph(getTranslation("my-apps.intro")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<AllowedApp> allowed = apps.mine();
        if (allowed.isEmpty()) {
            list.add(new Paragraph(getTranslation("my-apps.none")));
        }
        allowed.forEach(app -> list.add(section(app)));
    }

    private Section section(AllowedApp app) {
        H2 name = new H2(app.name());
        name.addClassName("porth-heading-m");
        String may = app.scopes().stream().sorted().map(scope -> getTranslation(scope.plainWordsKey()))
                .collect(Collectors.joining("; "));
        NativeButton remove = new NativeButton(getTranslation("my-apps.remove"), click -> remove(app));
        remove.addClassNames("porth-button", "porth-button--warning");
        remove.setAriaLabel(getTranslation("my-apps.remove.label", app.name()));
        remove.setId("remove-" + app.clientId());
        Section section = new Section(name, new Paragraph(getTranslation("my-apps.may") + " " + may), remove);
        section.addClassName("porth-section");
        return section;
    }

    private void remove(AllowedApp app) {
        apps.remove(app.clientId());
        notice.removeAll();
        notice.addClassNames("porth-notification", "porth-notification--success");
        notice.add(new Paragraph(getTranslation("my-apps.removed", app.name())));
        refresh();
    }
}

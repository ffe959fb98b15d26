package org.porth.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.insight.demo.DemoYear;
import org.porth.shell.DemoControls;
import org.porth.shell.StaffLayout;
import org.springframework.beans.factory.ObjectProvider;

/**
 * An administrator writes the demo year (decision 0066): a year of a council's requests and cases,
 * back-dated, for the dashboards. Not found in {@code prod}, which has no demo.
 */
@Route(value = DemoYearView.PATH, layout = StaffLayout.class)
@PageTitle("insight.demo.title")
@RolesAllowed(Role.ADMIN_NAME)
class DemoYearView extends Div implements BeforeEnterObserver {

    static final String PATH = "staff/admin/demo-year";

    private final ObjectProvider<DemoYear> demo;

    DemoYearView(ObjectProvider<DemoYear> demo) {
        this.demo = demo;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DemoYear available = demo.getIfAvailable();
        if (available == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H1 heading = new H1(getTranslation("insight.demo.title"));
        heading.addClassName("porth-heading-l");
        DemoControls controls = new DemoControls("start-demo-year", getTranslation("insight.demo.start"), available::start,
                getTranslation("insight.demo.started"), getTranslation("insight.demo.already"), () -> status(available));
        add(controls.notice(), heading, new Paragraph(getTranslation("insight.demo.lead")),
                new Paragraph(getTranslation("insight.demo.then")), controls.status(), controls.button(),
                new Paragraph(new RouterLink(getTranslation("insight.demo.dashboard"), InsightView.class)));
    }

    private String status(DemoYear available) {
        DemoYear.Status now = available.status();
        return now.running() ? getTranslation("insight.demo.status.running", now.days(), now.written())
                : getTranslation("insight.demo.status.idle", now.written());
    }
}

package org.porth.devices.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.porth.devices.registry.DeviceDemo;
import org.porth.identity.Role;
import org.porth.shell.StaffLayout;
import org.springframework.beans.factory.ObjectProvider;

/**
 * An administrator starts the device demo: the demo devices are registered and a week of their
 * readings is replayed in about a minute. Not found in {@code prod}, which has no demo.
 */
@Route(value = DeviceDemoView.PATH, layout = StaffLayout.class)
@PageTitle("registry.demo.title")
@RolesAllowed(Role.ADMIN_NAME)
class DeviceDemoView extends Div implements BeforeEnterObserver {

    static final String PATH = "staff/admin/device-demo";

    private final ObjectProvider<DeviceDemo> demo;
    private final Div notice = new Div();
    private final Paragraph status = new Paragraph();

    DeviceDemoView(ObjectProvider<DeviceDemo> demo) {
        this.demo = demo;
        notice.setId("demo-notice");
        notice.getElement().setAttribute("role", "status");
        status.setId("demo-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DeviceDemo available = demo.getIfAvailable();
        if (available == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H1 heading = new H1(getTranslation("registry.demo.title"));
        heading.addClassName("porth-heading-l");
        UnorderedList devices = new UnorderedList(new ListItem(getTranslation("registry.demo.damp")),
                new ListItem(getTranslation("registry.demo.bins")), new ListItem(getTranslation("registry.demo.gully")),
                new ListItem(getTranslation("registry.demo.hub")));
        NativeButton start = new NativeButton(getTranslation("registry.demo.start"), click -> start(available));
        start.setId("start-demo");
        start.addClassName("porth-button");
        RouterLink registry = new RouterLink(getTranslation("registry.back"), DevicesView.class);
        add(notice, heading, new Paragraph(getTranslation("registry.demo.lead")), devices,
                new Paragraph(getTranslation("registry.demo.then")), status, start, new Paragraph(registry));
        showStatus(available);
    }

    private void start(DeviceDemo available) {
        notice.removeAll();
        notice.addClassNames("porth-notification", "porth-notification--success");
        notice.add(new Paragraph(getTranslation(available.start() ? "registry.demo.started" : "registry.demo.already")));
        showStatus(available);
    }

    private void showStatus(DeviceDemo available) {
        DeviceDemo.Status now = available.status();
        status.setText(now.running() ? getTranslation("registry.demo.status.running", now.sent())
                : getTranslation("registry.demo.status.idle", now.sent(), now.refused()));
    }
}

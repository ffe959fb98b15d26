package org.porth.devices.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import org.porth.shell.DemoControls;
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

    DeviceDemoView(ObjectProvider<DeviceDemo> demo) {
        this.demo = demo;
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
        DemoControls controls = new DemoControls("start-demo", getTranslation("registry.demo.start"), available::start,
                getTranslation("registry.demo.started"), getTranslation("registry.demo.already"), () -> status(available));
        RouterLink registry = new RouterLink(getTranslation("registry.back"), DevicesView.class);
        add(controls.notice(), heading, new Paragraph(getTranslation("registry.demo.lead")), devices,
                new Paragraph(getTranslation("registry.demo.then")), controls.status(), controls.button(), new Paragraph(registry));
    }

    private String status(DeviceDemo available) {
        DeviceDemo.Status now = available.status();
        return now.running() ? getTranslation("registry.demo.status.running", now.sent())
                : getTranslation("registry.demo.status.idle", now.sent(), now.refused());
    }
}

package org.porth.devices.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.porth.devices.Device;
import org.porth.devices.registry.DeviceKinds;
import org.porth.devices.registry.DeviceRegistry;
import org.porth.identity.Role;
import org.porth.resident.ResidentProfiles;

/**
 * Confirms withdrawing the resident's consent for one of their personal devices: after it, the
 * device raises no more cases about them. Anyone else's device, or one already withdrawn, is a page
 * that does not exist.
 */
@Route(MyDevicesView.PATH + "/:" + DeviceView.ID + "/withdraw")
@PageTitle("my-devices.withdraw-page.title")
@RolesAllowed(Role.RESIDENT_NAME)
class WithdrawDeviceConsentView extends Div implements BeforeEnterObserver {

    private final DeviceRegistry registry;
    private final ResidentProfiles profiles;

    WithdrawDeviceConsentView(DeviceRegistry registry, ResidentProfiles profiles) {
        this.registry = registry;
        this.profiles = profiles;
        addClassName("porth-width-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String me = profiles.current().id().toString();
        Optional<Device> device = event.getRouteParameters().get(DeviceView.ID).flatMap(id -> registry.onResident(me)
                .stream().filter(mine -> mine.id().equals(id) && me.equals(mine.residentId())
                        && DeviceKinds.personal(mine.kind()) && !mine.consentWithdrawn())
                .findFirst());
        if (device.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H1 heading = new H1(getTranslation("my-devices.withdraw-page.title"));
        heading.addClassName("porth-heading-l");
        NativeButton confirm = new NativeButton(getTranslation("my-devices.withdraw-page.confirm"), click -> {
            registry.withdrawConsent(me, device.get().id());
            getUI().ifPresent(ui -> ui.navigate(MyDevicesView.class, QueryParameters.of(MyDevicesView.WITHDRAWN, "")));
        });
        confirm.setId("confirm-withdraw");
        confirm.addClassNames("porth-button", "porth-button--warning");
        RouterLink cancel = new RouterLink(getTranslation("my-devices.withdraw-page.cancel"), MyDevicesView.class);
        cancel.setId("cancel-withdraw");
        cancel.addClassName("porth-link-button");
        Div actions = new Div(confirm, cancel);
        actions.addClassName("porth-button-group");
        add(heading, new Paragraph(getTranslation("my-devices.withdraw-page.device", DeviceWords.kind(this, device.get().kind()))),
                new Paragraph(getTranslation("my-devices.withdraw-page.effect")), actions);
    }
}

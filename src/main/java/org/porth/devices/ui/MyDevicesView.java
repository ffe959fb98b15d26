package org.porth.devices.ui;

import java.util.List;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.porth.devices.Device;
import org.porth.devices.registry.DeviceKinds;
import org.porth.devices.registry.DeviceRegistry;
import org.porth.gazetteer.Address;
import org.porth.gazetteer.Gazetteer;
import org.porth.identity.Role;
import org.porth.resident.ResidentProfiles;

/**
 * My account: the devices in the resident's home or on them, what each reports and who sees it, and
 * for a personal device tied to them, a link to withdraw their consent. Another person's personal
 * device in the same home is theirs to know about, so it is not listed (decision 0042).
 */
@Route(MyDevicesView.PATH)
@PageTitle("my-devices.title")
@RolesAllowed(Role.RESIDENT_NAME)
class MyDevicesView extends Div implements BeforeEnterObserver {

    static final String PATH = "my-account/devices";
    static final String WITHDRAWN = "withdrawn";

    private final DeviceRegistry registry;
    private final ResidentProfiles profiles;
    private final Gazetteer gazetteer;
    private final Div notice = new Div();

    MyDevicesView(DeviceRegistry registry, ResidentProfiles profiles, Gazetteer gazetteer) {
        this.registry = registry;
        this.profiles = profiles;
        this.gazetteer = gazetteer;
        notice.setId("my-devices-notice");
        notice.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        notice.removeAll();
        notice.removeClassNames("porth-notification", "porth-notification--success");
        if (event.getLocation().getQueryParameters().getParameters().containsKey(WITHDRAWN)) {
            notice.addClassNames("porth-notification", "porth-notification--success");
            notice.add(new Paragraph(getTranslation("my-devices.withdrawn")));
        }
        H1 heading = new H1(getTranslation("my-devices.title"));
        heading.addClassName("porth-heading-l");
        Div list = new Div();
        list.setId("my-devices");
        add(notice, heading, new Paragraph(getTranslation("my-devices.lead")), list);
        String me = profiles.current().id().toString();
        List<Device> devices = registry.onResident(me).stream()
                .filter(device -> !DeviceKinds.personal(device.kind()) || me.equals(device.residentId())).toList();
        if (devices.isEmpty()) {
            list.add(new Paragraph(getTranslation("my-devices.none")));
        }
        devices.forEach(device -> list.add(section(device, me)));
    }

    private Section section(Device device, String me) {
        String kind = DeviceWords.kind(this, device.kind());
        H2 name = new H2(kind);
        name.addClassName("porth-heading-m");
        String key = DeviceKinds.key(device.kind());
        DescriptionList facts = new DescriptionList();
        facts.addClassName("porth-summary-list");
        fact(facts, "my-devices.where", where(device));
        fact(facts, "my-devices.reports", getTranslation("my-devices.reports." + key));
        fact(facts, "my-devices.who", getTranslation("my-devices.who." + key));
        Section section = new Section(name, facts);
        section.setId("device-" + device.id());
        section.addClassName("porth-section");
        if (DeviceKinds.personal(device.kind()) && me.equals(device.residentId())) {
            fact(facts, "my-devices.consent", getTranslation(device.consentWithdrawn() ? "my-devices.consent.withdrawn"
                    : "my-devices.consent.given"));
            if (!device.consentWithdrawn()) {
                RouterLink withdraw = new RouterLink(getTranslation("my-devices.withdraw"), WithdrawDeviceConsentView.class,
                        new RouteParameters(DeviceView.ID, device.id()));
                withdraw.setId("withdraw-" + device.id());
                withdraw.getElement().setAttribute("aria-label", getTranslation("my-devices.withdraw.label", kind));
                section.add(new Paragraph(withdraw));
            }
        } else {
            section.add(new Paragraph(getTranslation("my-devices.not-personal")));
        }
        return section;
    }

    private String where(Device device) {
        if (device.uprn() != null) {
            return getTranslation("my-devices.where.home", gazetteer.byUprn(device.uprn()).map(Address::singleLine)
                    .orElse(device.uprn()));
        }
        return getTranslation(device.street() == null ? "my-devices.where.on-you" : "my-devices.where.street",
                device.street());
    }

    private void fact(DescriptionList facts, String termKey, String description) {
        facts.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(description));
    }
}

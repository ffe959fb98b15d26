package org.porth.devices.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.porth.devices.Device;
import org.porth.devices.RecordedBasis;
import org.porth.devices.registry.DeviceBases;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.StaffHomeSection;

/**
 * On a supervisor's start page: the telecare hubs and wearables opening cases on a lawful basis an
 * officer recorded instead of the resident's consent, each with the basis and justification to check.
 */
@org.springframework.stereotype.Component
class DevicesOnBasisSection implements StaffHomeSection {

    static final String ID = "devices-on-basis";

    private final DeviceBases bases;
    private final CurrentUser currentUser;
    private final Clock clock;

    DevicesOnBasisSection(DeviceBases bases, CurrentUser currentUser, Clock clock) {
        this.bases = bases;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        if (currentUser.get().filter(user -> user.has(Role.SUPERVISOR)).isEmpty()) {
            return Optional.empty();
        }
        List<Device> devices = bases.onRecordedBasis();
        return devices.isEmpty() ? Optional.empty() : Optional.of(section(devices));
    }

    private Div section(List<Device> devices) {
        Div section = new Div();
        section.setId(ID);
        section.addClassName("porth-section");
        H2 heading = new H2(section.getTranslation("registry.basis.supervisor.heading"));
        heading.addClassName("porth-heading-m");
        Language language = Language.of(UI.getCurrent().getLocale());
        UnorderedList list = new UnorderedList();
        for (Device device : devices) {
            RecordedBasis basis = device.lawfulBasis();
            Anchor link = new Anchor(DevicesView.PATH + "/" + device.id(), DeviceWords.name(device));
            list.add(new ListItem(link, new Paragraph(section.getTranslation("registry.basis.recorded",
                    section.getTranslation("registry.basis." + basis.basis()), basis.recordedBy(),
                    DateText.format(basis.recordedAt(), clock.getZone(), language), basis.justification()))));
        }
        section.add(heading, new Paragraph(section.getTranslation("registry.basis.supervisor.intro")), list);
        return section;
    }
}

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
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.porth.devices.Device;
import org.porth.devices.RecordedBasis;
import org.porth.devices.registry.DeviceBases;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.identity.SignedInUser;
import org.porth.shared.ActionRefused;
import org.porth.shared.Language;
import org.porth.shell.FieldProblems;
import org.porth.shell.StaffHomeSection;

/**
 * On a supervisor's start page: the telecare hubs and wearables opening cases on a lawful basis an
 * officer recorded instead of the resident's consent, each with the basis, justification and review
 * date to check, and who signed it off; a supervisor signs off a basis another officer recorded here.
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
        Optional<SignedInUser> supervisor = currentUser.get().filter(user -> user.has(Role.SUPERVISOR));
        if (supervisor.isEmpty()) {
            return Optional.empty();
        }
        List<Device> devices = bases.onRecordedBasis();
        if (devices.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId(ID);
        section.addClassName("porth-section");
        fill(section, devices, supervisor.get().id(), null);
        return Optional.of(section);
    }

    private void fill(Div section, List<Device> devices, String me, String problem) {
        section.removeAll();
        H2 heading = new H2(section.getTranslation("registry.basis.supervisor.heading"));
        heading.addClassName("porth-heading-m");
        section.add(heading, new Paragraph(section.getTranslation("registry.basis.supervisor.intro")));
        if (problem != null) {
            Paragraph refused = new Paragraph(problem);
            refused.setId("sign-off-problem");
            refused.getElement().setAttribute("role", "alert");
            refused.addClassName("porth-error-message");
            section.add(refused);
        }
        Language language = Language.of(UI.getCurrent().getLocale());
        UnorderedList list = new UnorderedList();
        for (Device device : devices) {
            RecordedBasis basis = device.lawfulBasis();
            ListItem item = new ListItem(new Anchor(DevicesView.PATH + "/" + device.id(), DeviceWords.name(device)),
                    new Paragraph(BasisWords.recorded(section, basis, clock.getZone(), language)),
                    new Paragraph(me.equals(basis.recordedBy()) && basis.signedOffAt() == null
                            ? section.getTranslation("basis.own") : BasisWords.signOff(section, basis, clock.getZone(), language)));
            if (basis.signedOffAt() == null && !me.equals(basis.recordedBy())) {
                item.add(signOffButton(section, device, me));
            }
            list.add(item);
        }
        section.add(list);
    }

    private NativeButton signOffButton(Div section, Device device, String me) {
        NativeButton signOff = FieldProblems.button(section.getTranslation("basis.sign-off", DeviceWords.name(device)), () -> {
            String problem = null;
            try {
                bases.signOff(device.id());
            } catch (ActionRefused refused) {
                problem = section.getTranslation(refused.messageKey());
            }
            fill(section, bases.onRecordedBasis(), me, problem);
        });
        signOff.setId("sign-off-" + device.id());
        signOff.addClassName("porth-button--secondary");
        return signOff;
    }
}

package org.porth.devices.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.porth.catalogue.Text;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.registry.CheckedDraft;
import org.porth.devices.registry.DeviceDraft;
import org.porth.devices.registry.DeviceKinds;
import org.porth.devices.registry.DeviceRegistry;
import org.porth.devices.registry.DraftProblem;
import org.porth.gazetteer.Gazetteer;
import org.porth.identity.Role;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.ActionRefused;
import org.porth.shared.Language;
import org.porth.shell.FieldProblems;
import org.porth.shell.StaffLayout;

/**
 * A supervisor registers one device: what it is, where (a property from the gazetteer, or a street
 * and point for street furniture), which team looks after it, and for a personal device the
 * resident and their recorded consent. Every problem is shown at once, next to its field and in the
 * summary, and what was typed stays.
 */
@Route(value = DevicesView.PATH + "/new", layout = StaffLayout.class)
@StyleSheet(DevicesView.STYLESHEET)
@PageTitle("registry.register.title")
@RolesAllowed(Role.SUPERVISOR_NAME)
class RegisterDeviceView extends Div {

    private final DeviceRegistry registry;
    private final DraftFields fields = new DraftFields();
    private final TextField source = fields.text(DeviceDraft.SOURCE);
    private final TextField deviceId = fields.text(DeviceDraft.DEVICE_ID);
    private final Select<DeviceKind> kind = fields.field(DeviceDraft.KIND, new Select<>());
    private final Select<String> team = fields.field(DeviceDraft.TEAM, new Select<>());
    private final PlaceFields place;
    private final PersonFields person;
    private final TextField interval;

    RegisterDeviceView(DeviceRegistry registry, Gazetteer gazetteer, ResidentProfiles profiles) {
        this.registry = registry;
        Language language = Language.of(getLocale());
        addClassName("porth-width-narrow");
        H1 heading = new H1(getTranslation("registry.register.title"));
        heading.addClassName("porth-heading-l");
        place = new PlaceFields(fields, gazetteer);
        person = new PersonFields(fields, profiles);
        interval = fields.text(DeviceDraft.INTERVAL); // made after the place and person, so problems come in the page's order
        kind.setItems(DeviceKind.values());
        kind.setItemLabelGenerator(shown -> DeviceWords.kind(this, shown));
        kind.addValueChangeListener(change -> showFor(change.getValue()));
        Map<String, Text> teams = registry.teams();
        team.setItems(teams.keySet());
        team.setItemLabelGenerator(id -> DeviceWords.team(teams, id, language));
        interval.setHelperText(getTranslation("registry.field.interval-minutes.hint"));
        NativeButton register = FieldProblems.button(getTranslation("registry.register.submit"), this::register);
        register.setId("register");
        add(fields.summary(), heading, new Paragraph(getTranslation("registry.register.lead")),
                FieldProblems.group(source, deviceId, kind, team), place, person, FieldProblems.group(interval), register);
        showFor(null);
    }

    /** Only the questions that the kind needs: a property, a street, a person. */
    private void showFor(DeviceKind chosen) {
        place.showFor(chosen);
        person.setVisible(chosen != null && DeviceKinds.hasResident(chosen));
    }

    private void register() {
        DeviceKind chosen = kind.getValue();
        boolean withResident = chosen != null && DeviceKinds.hasResident(chosen);
        DeviceDraft draft = new DeviceDraft(source.getValue(), deviceId.getValue(),
                chosen == null ? "" : chosen.name(), place.uprn(), place.usrn(), place.latitude(), place.longitude(),
                team.getValue(), withResident ? person.residentId() : "", withResident ? person.consentId() : "",
                interval.getValue());
        CheckedDraft checked = registry.check(draft);
        if (!fields.show(checked.problems())) {
            return;
        }
        try {
            Device made = registry.register(checked.device());
            getUI().ifPresent(ui -> ui.navigate(DeviceView.class, new RouteParameters(DeviceView.ID, made.id()),
                    QueryParameters.of(DeviceView.REGISTERED, "")));
        } catch (ActionRefused registeredMeanwhile) {
            fields.show(List.of(new DraftProblem(registeredMeanwhile.field(), registeredMeanwhile.messageKey())));
        }
    }
}

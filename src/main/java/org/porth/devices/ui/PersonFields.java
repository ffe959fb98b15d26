package org.porth.devices.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.porth.devices.registry.DeviceDraft;
import org.porth.devices.registry.DraftProblem;
import org.porth.resident.Profile;
import org.porth.resident.ResidentProfiles;
import org.porth.shell.FieldProblems;

/** For a personal device: the resident it is tied to, found by name or contact details, and their recorded consent. */
final class PersonFields extends Div {

    static final String RESIDENT_SEARCH = "resident-search";

    private final DraftFields fields;
    private final ResidentProfiles profiles;
    private final TextField search;
    private final Select<Profile> resident;
    private final TextField consent;

    PersonFields(DraftFields fields, ResidentProfiles profiles) {
        this.fields = fields;
        this.profiles = profiles;
        search = fields.text(RESIDENT_SEARCH);
        search.setHelperText(getTranslation("registry.field.resident-search.hint"));
        NativeButton find = FieldProblems.button(getTranslation("registry.field.resident-search.find"), this::find);
        find.setId("find-residents");
        find.addClassName("porth-button--secondary");
        resident = fields.field(DeviceDraft.RESIDENT, new Select<>());
        resident.setItemLabelGenerator(profile -> profile.address() == null ? profile.name().full()
                : profile.name().full() + ", " + profile.address().line1() + ", " + profile.address().postcode());
        resident.setEnabled(false);
        consent = fields.text(DeviceDraft.CONSENT);
        consent.setHelperText(getTranslation("registry.field.consent-id.hint"));
        add(FieldProblems.group(search, find, resident, consent));
    }

    String residentId() {
        return resident.getValue() == null ? "" : resident.getValue().id().toString();
    }

    String consentId() {
        return consent.getValue();
    }

    private void find() {
        List<Profile> found = search.getValue().isBlank() ? List.of() : profiles.find(search.getValue());
        if (found.isEmpty()) {
            fields.show(List.of(new DraftProblem(RESIDENT_SEARCH, "registry.field.resident-search.none")));
            return;
        }
        fields.show(List.of());
        resident.setItems(found);
        resident.setEnabled(true);
        resident.setValue(found.getFirst());
        resident.focus();
    }
}

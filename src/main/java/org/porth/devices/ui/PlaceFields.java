package org.porth.devices.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.porth.devices.DeviceKind;
import org.porth.devices.registry.DeviceDraft;
import org.porth.devices.registry.DeviceKinds;
import org.porth.devices.registry.DraftProblem;
import org.porth.gazetteer.Address;
import org.porth.gazetteer.Gazetteer;
import org.porth.gazetteer.Street;
import org.porth.shared.Postcode;
import org.porth.shell.FieldProblems;

/**
 * Where the device is: a property chosen from the gazetteer by its postcode, or for street furniture
 * a street found by its name and, if known, the exact point on it.
 */
final class PlaceFields extends Div {

    static final String POSTCODE = "postcode";
    static final String STREET_WORDS = "street-words";

    private final DraftFields fields;
    private final Gazetteer gazetteer;
    private final TextField postcode;
    private final Select<Address> address;
    private final TextField streetWords;
    private final Select<Street> street;
    private final TextField latitude;
    private final TextField longitude;
    private final Div property;
    private final Div onStreet;

    PlaceFields(DraftFields fields, Gazetteer gazetteer) {
        this.fields = fields;
        this.gazetteer = gazetteer;
        postcode = fields.text(POSTCODE);
        address = fields.field(DeviceDraft.UPRN, new Select<>());
        address.setItemLabelGenerator(Address::singleLine);
        address.setEnabled(false);
        NativeButton findAddresses = FieldProblems.button(getTranslation("registry.field.postcode.find"), this::findAddresses);
        findAddresses.setId("find-addresses");
        findAddresses.addClassName("porth-button--secondary");
        property = FieldProblems.group(postcode, findAddresses, address);
        streetWords = fields.text(STREET_WORDS);
        street = fields.field(DeviceDraft.USRN, new Select<>());
        street.setItemLabelGenerator(shown -> shown.name() + ", " + shown.town());
        street.setEnabled(false);
        NativeButton findStreets = FieldProblems.button(getTranslation("registry.field.street-words.find"), this::findStreets);
        findStreets.setId("find-streets");
        findStreets.addClassName("porth-button--secondary");
        latitude = fields.text(DeviceDraft.LATITUDE);
        longitude = fields.text(DeviceDraft.LONGITUDE);
        latitude.setHelperText(getTranslation("registry.field.latitude.hint"));
        onStreet = FieldProblems.group(streetWords, findStreets, street, latitude, longitude);
        add(property, onStreet);
    }

    void showFor(DeviceKind kind) {
        property.setVisible(kind != null && DeviceKinds.inProperty(kind));
        onStreet.setVisible(kind != null && DeviceKinds.onStreet(kind));
    }

    String uprn() {
        return property.isVisible() && address.getValue() != null ? address.getValue().uprn() : "";
    }

    String usrn() {
        return onStreet.isVisible() && street.getValue() != null ? street.getValue().usrn() : "";
    }

    String latitude() {
        return onStreet.isVisible() ? latitude.getValue() : "";
    }

    String longitude() {
        return onStreet.isVisible() ? longitude.getValue() : "";
    }

    private void findAddresses() {
        List<Address> found = Postcode.parse(postcode.getValue()).map(gazetteer::byPostcode).orElse(List.of());
        if (found.isEmpty()) {
            fields.show(List.of(new DraftProblem(POSTCODE, Postcode.parse(postcode.getValue()).isEmpty()
                    ? "registry.field.postcode.format" : "registry.field.postcode.none")));
            return;
        }
        fields.show(List.of());
        address.setItems(found);
        address.setEnabled(true);
        address.setValue(found.getFirst());
        address.focus();
    }

    private void findStreets() {
        List<Street> found = streetWords.getValue().isBlank() ? List.of() : gazetteer.streets(streetWords.getValue());
        if (found.isEmpty()) {
            fields.show(List.of(new DraftProblem(STREET_WORDS, "registry.field.street-words.none")));
            return;
        }
        fields.show(List.of());
        street.setItems(found);
        street.setEnabled(true);
        street.setValue(found.getFirst());
        street.focus();
    }
}

package org.porth.devices.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import org.porth.catalogue.Text;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.registry.DeviceKinds;
import org.porth.shared.Language;

/** How the device pages name a device, its kind, its place and its team, in the page's language. */
final class DeviceWords {

    private DeviceWords() {
    }

    /** "acme-damp / AD-0042": the vendor and its id, as staff and vendors know it. */
    static String name(Device device) {
        return device.ref().source() + " / " + device.ref().deviceId();
    }

    static String kind(Component page, DeviceKind kind) {
        return page.getTranslation("registry.kind." + DeviceKinds.key(kind));
    }

    /** The property's UPRN, or the street and point of street furniture, or "on the resident". */
    static String place(Component page, Device device) {
        if (device.uprn() != null) {
            return page.getTranslation("registry.place.uprn", device.uprn());
        }
        if (device.street() != null && device.point() != null) {
            return page.getTranslation("registry.place.street-point", device.street(), degrees(device.point().latitude()),
                    degrees(device.point().longitude()));
        }
        if (device.street() != null) {
            return device.street();
        }
        return page.getTranslation("registry.place.on-person");
    }

    /** The team's name, or its id when this person's list of teams does not have it. */
    static String team(Map<String, Text> teams, String teamId, Language language) {
        Text name = teamId == null ? null : teams.get(teamId);
        return name == null ? String.valueOf(teamId) : name.in(language);
    }

    private static String degrees(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }
}

package org.porth.devices.registry;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.porth.devices.DeviceKind;

/** What the registry needs to know about each kind of device: where it is, whose it is, how often it reports. */
public final class DeviceKinds {

    private DeviceKinds() {
    }

    /** Tied to a person: registered with the resident and their consent, which they can withdraw. */
    public static boolean personal(DeviceKind kind) {
        return kind == DeviceKind.TELECARE_HUB || kind == DeviceKind.WEARABLE;
    }

    /** May name a resident: the person it is tied to, or the tenant of the home it is in. */
    public static boolean hasResident(DeviceKind kind) {
        return !onStreet(kind);
    }

    /** Street furniture: placed by a street and a point rather than a property. */
    public static boolean onStreet(DeviceKind kind) {
        return kind == DeviceKind.BIN_FILL || kind == DeviceKind.GULLY;
    }

    /** In a property: placed by its UPRN. */
    public static boolean inProperty(DeviceKind kind) {
        return kind == DeviceKind.DAMP || kind == DeviceKind.TELECARE_HUB;
    }

    /** How often such a device usually reports, when staff or the vendor do not say. */
    public static Duration usualInterval(DeviceKind kind) {
        return switch (kind) {
            case DAMP, GULLY, TELECARE_HUB -> Duration.ofMinutes(15);
            case BIN_FILL, WEARABLE -> Duration.ofHours(1);
        };
    }

    /** The kind a form or CSV names: the enum's name or its key ({@code bin-fill}), in any case. */
    public static Optional<DeviceKind> named(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (DeviceKind kind : DeviceKind.values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind as the CSV and the bundle's keys write it: {@code bin-fill}. */
    public static String key(DeviceKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

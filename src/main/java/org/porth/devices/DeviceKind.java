package org.porth.devices;

/** What a device measures, which decides the rules that apply to it and the service its cases go to. */
public enum DeviceKind {
    /** Damp or humidity in a home. */
    DAMP,
    /** Fill level (and temperature) of a street litter or refuse bin. */
    BIN_FILL,
    /** Water level in a road gully. */
    GULLY,
    /** A telecare hub in a resident's home (activity, not emergency alarms). */
    TELECARE_HUB,
    /** A personal wearable (falls flagged for review, activity trend). */
    WEARABLE;

    /** Devices about a person: they raise cases only with the resident's consent or a recorded lawful basis. */
    public boolean personal() {
        return this == TELECARE_HUB || this == WEARABLE;
    }
}

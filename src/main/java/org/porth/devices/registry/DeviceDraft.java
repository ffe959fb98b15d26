package org.porth.devices.registry;

import java.util.List;

/**
 * A device as staff typed it on the registration form or a vendor's CSV row gave it: every field as
 * text, so that one set of checks ({@link DeviceRegistry#check}) says what is wrong with either.
 *
 * @param kind            a {@link org.porth.devices.DeviceKind} name, in any case, with - or _
 * @param usrn            the street of a device on a street (bins, gullies), from the gazetteer
 * @param latitude        with longitude, where exactly on the street; blank: the street's own point
 * @param residentId      Porth's id of the resident a personal device is tied to
 * @param consentId       the reference of the resident's recorded consent (the signed agreement)
 * @param intervalMinutes how often it reports; blank: the usual interval for its kind
 */
public record DeviceDraft(String source, String deviceId, String kind, String uprn, String usrn, String latitude,
        String longitude, String teamId, String residentId, String consentId, String intervalMinutes) {

    /** The field names problems point at: the form's field ids and, with underscores, the CSV's columns. */
    public static final String SOURCE = "source";
    public static final String DEVICE_ID = "device-id";
    public static final String KIND = "kind";
    public static final String UPRN = "uprn";
    public static final String USRN = "usrn";
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    public static final String TEAM = "team";
    public static final String RESIDENT = "resident-id";
    public static final String CONSENT = "consent-id";
    public static final String INTERVAL = "interval-minutes";

    /** Every field, in the order the form and the CSV template list them. */
    public static final List<String> FIELDS = List.of(SOURCE, DEVICE_ID, KIND, UPRN, USRN, LATITUDE,
            LONGITUDE, TEAM, RESIDENT, CONSENT, INTERVAL);

    public DeviceDraft {
        source = tidy(source);
        deviceId = tidy(deviceId);
        kind = tidy(kind);
        uprn = tidy(uprn);
        usrn = tidy(usrn);
        latitude = tidy(latitude);
        longitude = tidy(longitude);
        teamId = tidy(teamId);
        residentId = tidy(residentId);
        consentId = tidy(consentId);
        intervalMinutes = tidy(intervalMinutes);
    }

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }
}

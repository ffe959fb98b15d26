package org.porth.gazetteer;

import java.util.List;

import org.porth.shared.Postcode;

/**
 * A property in the council's local gazetteer.
 *
 * @param uprn  the Unique Property Reference Number, the national identifier of the property
 * @param lines the address lines before the town, e.g. "Flat 2", "14 Heol y Castell"
 * @param ward  the electoral ward, which routes work to teams
 */
public record Address(String uprn, List<String> lines, String town, Postcode postcode, String ward,
        double latitude, double longitude) {

    public Address {
        lines = List.copyOf(lines);
    }

    /** The address on one line: "14 Heol y Castell, Porth, PT1 2AB". */
    public String singleLine() {
        return String.join(", ", lines) + ", " + town + ", " + postcode;
    }
}

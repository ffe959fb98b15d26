package org.porth.resident;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.porth.gazetteer.Address;
import org.porth.shared.Postcode;

/**
 * Where a resident lives, as stored on their record: from the gazetteer (with its UPRN and ward) or
 * typed in by hand (no UPRN, ward unknown).
 *
 * @param uprn  null when typed in
 * @param line2 may be empty
 * @param ward  null when not known
 */
public record ResidentAddress(String uprn, String line1, String line2, String town, Postcode postcode, String ward) {

    public static final int MAX_LINE = 200;
    public static final int MAX_TOWN = 100;

    public ResidentAddress {
        line1 = strip(line1);
        line2 = strip(line2);
        town = strip(town);
        Objects.requireNonNull(postcode, "postcode");
        if (line1.isEmpty() || town.isEmpty()) {
            throw new IllegalArgumentException("An address needs its first line and town");
        }
        if (line1.length() > MAX_LINE || line2.length() > MAX_LINE || town.length() > MAX_TOWN) {
            throw new IllegalArgumentException("An address line is too long");
        }
    }

    public static ResidentAddress manual(String line1, String line2, String town, Postcode postcode) {
        return new ResidentAddress(null, line1, line2, town, postcode, null);
    }

    /**
     * From a form's address answer: {@code line1}, {@code line2}, {@code town}, {@code postcode} and,
     * from the gazetteer, {@code uprn} and {@code ward}.
     *
     * @throws IllegalArgumentException when a line, the town or a UK postcode is missing
     */
    public static ResidentAddress fromFields(Map<String, String> fields) {
        return new ResidentAddress(fields.get("uprn"), fields.get("line1"), fields.get("line2"), fields.get("town"),
                Postcode.parse(Objects.requireNonNullElse(fields.get("postcode"), ""))
                        .orElseThrow(() -> new IllegalArgumentException("Not a UK postcode")),
                fields.get("ward"));
    }

    /** A gazetteer address: its first line, then the rest of its lines on the second. */
    public static ResidentAddress from(Address address) {
        List<String> lines = address.lines();
        String rest = String.join(", ", lines.subList(Math.min(1, lines.size()), lines.size()));
        return new ResidentAddress(address.uprn(), lines.isEmpty() ? "" : lines.getFirst(), rest,
                address.town(), address.postcode(), address.ward());
    }

    /** The lines to show, one per line: first line, second line if any, town, postcode. */
    public List<String> lines() {
        return Stream.of(line1, line2, town, postcode.value()).filter(line -> !line.isEmpty()).toList();
    }

    public String singleLine() {
        return String.join(", ", lines());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}

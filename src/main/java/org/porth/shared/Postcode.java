package org.porth.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode in its standard form ("PT1 1AA"): upper case, one space before the inward code.
 * Residents may type it in any case, with or without spaces.
 */
public record Postcode(String value) {

    // outward code (area, district, optional sub-district letter), inward code (sector, unit); and GIR 0AA
    private static final Pattern FORMAT = Pattern.compile(
            "^(GIR0AA|[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?[0-9][ABD-HJLNP-UW-Z]{2})$");

    public Postcode {
        if (!FORMAT.matcher(value.replace(" ", "")).matches()) {
            throw new IllegalArgumentException("Not a UK postcode: " + value);
        }
    }

    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Postcode(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3)));
    }

    /** The outward code, e.g. "PT1": the district a postcode is in. */
    public String outward() {
        return value.substring(0, value.indexOf(' '));
    }

    @Override
    public String toString() {
        return value;
    }
}

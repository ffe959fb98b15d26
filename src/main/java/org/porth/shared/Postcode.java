package org.porth.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode in its standard form ("PT1 1AA"): upper case, one space before the inward code.
 * Residents may type it in any case, with or without spaces: {@link #parse} makes the standard form.
 */
public record Postcode(String value) {

    // outward code (area, district, optional sub-district letter), a space, inward code (sector, unit); and GIR 0AA
    private static final Pattern STANDARD_FORM = Pattern.compile(
            "^(GIR 0AA|[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]? [0-9][ABD-HJLNP-UW-Z]{2}"
                    + "|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]? [0-9][ABD-HJLNP-UW-Z]{2})$");
    // any white space, the no-break space that pasted text often brings included
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final int INWARD_LENGTH = 3;

    /** Only the standard form: {@code new Postcode("pt11aa")} is a mistake, {@code parse} is for what people type. */
    public Postcode {
        Objects.requireNonNull(value, "value");
        if (!STANDARD_FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a UK postcode in standard form: " + value);
        }
    }

    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = SPACES.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        if (compact.length() <= INWARD_LENGTH) {
            return Optional.empty();
        }
        String standard = compact.substring(0, compact.length() - INWARD_LENGTH) + " "
                + compact.substring(compact.length() - INWARD_LENGTH);
        return STANDARD_FORM.matcher(standard).matches() ? Optional.of(new Postcode(standard)) : Optional.empty();
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

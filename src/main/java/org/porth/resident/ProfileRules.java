package org.porth.resident;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the council accepts as a resident's phone number, email address and date of birth. The
 * profile pages use these to explain a problem; the profile itself refuses anything else.
 */
public final class ProfileRules {

    public static final int MAX_EMAIL = 254;
    /** Nobody alive was born before this: a year typed as 1086 is a mistake. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    // a UK number: 0 and 9 or 10 digits (01632 960 001, 07700 900 982, 0800 123 456)
    private static final Pattern UK_NUMBER = Pattern.compile("^0\\d{9,10}$");
    private static final Pattern TYPED_PHONE = Pattern.compile("^[0-9+()\\-. ]+$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private ProfileRules() {
    }

    /** A UK phone number as people write it: spaces, brackets, dashes, +44 or 0044 allowed. */
    public static boolean isUkPhone(String text) {
        if (text == null || !TYPED_PHONE.matcher(text.strip()).matches()) {
            return false;
        }
        String digits = text.replace("(0)", "").replaceAll("[^0-9+]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        }
        return UK_NUMBER.matcher(digits).matches();
    }

    public static boolean isEmail(String text) {
        return text != null && text.strip().length() <= MAX_EMAIL && EMAIL.matcher(text.strip()).matches();
    }

    /** How an email address is stored and compared: trimmed, lower case. */
    public static String normaliseEmail(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isPlausibleBirthDate(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST_BIRTH) && date.isBefore(today);
    }
}

package org.porth.forms;

import static org.porth.forms.ErrorMessages.error;

import java.util.regex.Pattern;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;

/**
 * A UK landline or mobile number as people write it: with spaces, dashes, brackets, or in the
 * international form (+44, 0044, +44 (0)). Stored as the national number in the usual groups:
 * "07700 900982", "020 7946 0000", "0121 496 0000", "01632 960001".
 */
final class PhoneValidator implements TypeValidator {

    private static final Pattern WRITTEN = Pattern.compile("\\+?[0-9 ()\\-.]+");
    /** 01 and 08 numbers may have 10 digits; every other UK number has 11. */
    private static final Pattern NATIONAL = Pattern.compile("0(1\\d{8,9}|8\\d{8,9}|[2379]\\d{9}|5\\d{9})");

    @Override
    public AnswerCheck check(Question question, Answer answer, ValidationContext context) {
        String text = answer.value().orElse("").strip();
        String national = WRITTEN.matcher(text).matches() ? national(text) : "";
        return NATIONAL.matcher(national).matches() ? AnswerCheck.valid(Answer.of(format(national)))
                : AnswerCheck.invalid(error(question, ErrorKind.PHONE_FORMAT, null));
    }

    /** The number as dialled within the UK, or "" when it is not a UK number. */
    private static String national(String text) {
        String digits = text.replaceAll("\\D", "");
        String afterCountryCode;
        if (text.startsWith("+")) {
            afterCountryCode = digits.startsWith("44") ? digits.substring(2) : "";
        } else if (digits.startsWith("0044")) {
            afterCountryCode = digits.substring(4);
        } else if (digits.startsWith("44")) {
            afterCountryCode = digits.substring(2);
        } else {
            return digits;
        }
        // "+44 (0)20 ...": the trunk 0, which is never dialled after the country code
        String withoutTrunk = afterCountryCode.startsWith("0") ? afterCountryCode.substring(1) : afterCountryCode;
        return withoutTrunk.isEmpty() || withoutTrunk.startsWith("0") ? "" : "0" + withoutTrunk;
    }

    static String format(String national) {
        if (national.length() == 10) {
            return national.startsWith("08") ? groups(national, 4, 3) : groups(national, 5);
        }
        if (national.startsWith("02")) {
            return groups(national, 3, 4);
        }
        boolean bigCity = national.startsWith("011") || (national.startsWith("01") && national.charAt(3) == '1');
        if (national.startsWith("07") || (national.startsWith("01") && !bigCity)) {
            return groups(national, 5);
        }
        return groups(national, 4, 3);
    }

    /** Splits after each length given; the rest is the last group. */
    private static String groups(String digits, int... lengths) {
        StringBuilder grouped = new StringBuilder();
        int start = 0;
        for (int length : lengths) {
            grouped.append(digits, start, start + length).append(' ');
            start += length;
        }
        return grouped.append(digits.substring(start)).toString();
    }
}

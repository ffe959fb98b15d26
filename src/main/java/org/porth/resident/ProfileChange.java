package org.porth.resident;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.porth.shared.Language;
import org.porth.shared.Postcode;

/**
 * Some of a resident's details, changed; a null component is left as it is. Build one from
 * {@link #NONE}: {@code ProfileChange.NONE.withPhone("01632 960 001")}.
 */
public record ProfileChange(PersonName name, LocalDate dateOfBirth, ResidentAddress address, String phone,
        String email, ContactPreferences contactPreferences, Language language) {

    public static final ProfileChange NONE = new ProfileChange(null, null, null, null, null, null, null);

    public ProfileChange {
        phone = phone == null ? null : phone.strip();
        if (phone != null && !ProfileRules.isUkPhone(phone)) {
            throw new IllegalArgumentException("Not a UK phone number");
        }
        if (email != null) {
            if (!ProfileRules.isEmail(email)) {
                throw new IllegalArgumentException("Not an email address");
            }
            email = ProfileRules.normaliseEmail(email);
        }
    }

    /**
     * A change to one prefill field from a form's answer fields, named as {@link Profile#field}
     * gives them: {@code value} (name, phone, email), {@code day}/{@code month}/{@code year}
     * (date of birth), {@code line1}, {@code line2}, {@code town}, {@code postcode} and, from the
     * gazetteer, {@code uprn} and {@code ward} (address).
     *
     * @throws IllegalArgumentException for another field name, or values the profile does not accept
     */
    public static ProfileChange fromPrefill(String prefillName, Map<String, String> fields) {
        ProfileField field = ProfileField.prefillField(prefillName)
                .orElseThrow(() -> new IllegalArgumentException("Not a prefill field: " + prefillName));
        return switch (field) {
            case NAME -> NONE.withName(PersonName.fromDisplayName(required(fields, "value")));
            case EMAIL -> NONE.withEmail(required(fields, "value"));
            case PHONE -> NONE.withPhone(required(fields, "value"));
            case DATE_OF_BIRTH -> NONE.withDateOfBirth(date(fields));
            case ADDRESS -> NONE.withAddress(ResidentAddress.fromFields(fields));
            default -> throw new IllegalStateException(field.key());
        };
    }

    public ProfileChange withName(PersonName name) {
        return new ProfileChange(name, dateOfBirth, address, phone, email, contactPreferences, language);
    }

    public ProfileChange withDateOfBirth(LocalDate dateOfBirth) {
        return new ProfileChange(name, dateOfBirth, address, phone, email, contactPreferences, language);
    }

    public ProfileChange withAddress(ResidentAddress address) {
        return new ProfileChange(name, dateOfBirth, address, phone, email, contactPreferences, language);
    }

    public ProfileChange withPhone(String phone) {
        return new ProfileChange(name, dateOfBirth, address, phone, email, contactPreferences, language);
    }

    public ProfileChange withEmail(String email) {
        return new ProfileChange(name, dateOfBirth, address, phone, email, contactPreferences, language);
    }

    public ProfileChange withContactPreferences(ContactPreferences contactPreferences) {
        return new ProfileChange(name, dateOfBirth, address, phone, email, contactPreferences, language);
    }

    public ProfileChange withLanguage(Language language) {
        return new ProfileChange(name, dateOfBirth, address, phone, email, contactPreferences, language);
    }

    /** The fields this change sets (whether or not their values differ from the profile's). */
    public Set<ProfileField> fields() {
        Set<ProfileField> fields = EnumSet.noneOf(ProfileField.class);
        addIf(fields, name, ProfileField.NAME);
        addIf(fields, dateOfBirth, ProfileField.DATE_OF_BIRTH);
        addIf(fields, address, ProfileField.ADDRESS);
        addIf(fields, phone, ProfileField.PHONE);
        addIf(fields, email, ProfileField.EMAIL);
        addIf(fields, contactPreferences, ProfileField.CONTACT_PREFERENCES);
        addIf(fields, language, ProfileField.LANGUAGE);
        return fields;
    }

    private static void addIf(Set<ProfileField> fields, Object value, ProfileField field) {
        if (value != null) {
            fields.add(field);
        }
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("No " + name);
        }
        return value;
    }

    private static LocalDate date(Map<String, String> fields) {
        try {
            return LocalDate.of(number(fields, "year"), number(fields, "month"), number(fields, "day"));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Not a real date", e);
        }
    }

    private static int number(Map<String, String> fields, String name) {
        try {
            return Integer.parseInt(required(fields, name).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a number: " + name, e);
        }
    }
}

package org.porth.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.porth.shared.Language;

/**
 * What the council knows about a resident: what My account shows and forms prefill from.
 *
 * @param hasAccount  whether the resident signs in to the portal (false for a caller an officer
 *                    recorded, until they sign in themselves)
 * @param dateOfBirth may be null
 * @param address     may be null
 * @param phone       may be null
 * @param email       may be null; lower case
 */
public record Profile(ResidentId id, boolean hasAccount, PersonName name, LocalDate dateOfBirth,
        ResidentAddress address, String phone, String email, Language language,
        ContactPreferences contactPreferences, Instant updatedAt) {

    /**
     * A prefill field as named answer fields, the way a form holds its answer: {@code name},
     * {@code email} and {@code phone} as {@code value}; {@code date-of-birth} as {@code day},
     * {@code month}, {@code year}; {@code address} as {@code line1}, {@code line2}, {@code town},
     * {@code postcode}, with {@code uprn} and {@code ward} when it came from the gazetteer.
     *
     * @return empty when the profile does not hold that detail, or the name is not a prefill field
     */
    public Optional<Map<String, String>> field(String prefillName) {
        return ProfileField.prefillField(prefillName).flatMap(this::field);
    }

    public Optional<Map<String, String>> field(ProfileField field) {
        return switch (field) {
            case NAME -> Optional.of(Map.of("value", name.full()));
            case EMAIL -> Optional.ofNullable(email).map(value -> Map.of("value", value));
            case PHONE -> Optional.ofNullable(phone).map(value -> Map.of("value", value));
            case DATE_OF_BIRTH -> Optional.ofNullable(dateOfBirth).map(date -> Map.of(
                    "day", String.valueOf(date.getDayOfMonth()),
                    "month", String.valueOf(date.getMonthValue()),
                    "year", String.valueOf(date.getYear())));
            case ADDRESS -> Optional.ofNullable(address).map(Profile::addressFields);
            case CONTACT_PREFERENCES -> Optional.of(Map.of(
                    "email", String.valueOf(contactPreferences.email()),
                    "text-message", String.valueOf(contactPreferences.textMessage()),
                    "post", String.valueOf(contactPreferences.post())));
            case LANGUAGE -> Optional.of(Map.of("value", language.code()));
        };
    }

    private static Map<String, String> addressFields(ResidentAddress address) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (address.uprn() != null) {
            fields.put("uprn", address.uprn());
        }
        fields.put("line1", address.line1());
        fields.put("line2", address.line2());
        fields.put("town", address.town());
        fields.put("postcode", address.postcode().value());
        if (address.ward() != null) {
            fields.put("ward", address.ward());
        }
        return Map.copyOf(fields);
    }
}

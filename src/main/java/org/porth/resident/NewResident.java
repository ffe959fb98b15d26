package org.porth.resident;

import java.time.LocalDate;
import java.util.Objects;

import org.porth.shared.Language;

/**
 * A caller an officer records (assisted digital) because the council does not know them yet.
 *
 * @param dateOfBirth may be null
 * @param address     may be null
 * @param phone       may be null or empty
 * @param email       may be null or empty
 */
public record NewResident(PersonName name, LocalDate dateOfBirth, ResidentAddress address, String phone,
        String email, Language language, ContactPreferences contactPreferences) {

    public NewResident {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(contactPreferences, "contactPreferences");
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        email = email == null || email.isBlank() ? null : email.strip();
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
}

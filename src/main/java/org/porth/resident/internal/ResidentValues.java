package org.porth.resident.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.porth.resident.ContactPreferences;
import org.porth.resident.NewResident;
import org.porth.resident.PersonName;
import org.porth.resident.Profile;
import org.porth.resident.ProfileField;
import org.porth.resident.ProfileRules;
import org.porth.resident.ProfileChange;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentId;
import org.porth.shared.Language;

/** Everything a resident's record says about them, as one value, so a change is a new value. */
public record ResidentValues(PersonName name, LocalDate dateOfBirth, ResidentAddress address, String phone,
        String email, Language language, ContactPreferences contactPreferences) {

    private static final int MAX_SEARCH_TEXT = 1000;

    public ResidentValues {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(contactPreferences, "contactPreferences");
    }

    /** What a first sign-in tells us: a name, perhaps an email address, and the language in use. */
    public static ResidentValues fromSignIn(PersonName name, String email, Language language) {
        return new ResidentValues(name, null, null, null, email, language, ContactPreferences.startingWith(email));
    }

    public static ResidentValues of(NewResident caller) {
        return new ResidentValues(caller.name(), caller.dateOfBirth(), caller.address(), caller.phone(),
                caller.email(), caller.language(), caller.contactPreferences());
    }

    public ResidentValues apply(ProfileChange change) {
        return new ResidentValues(or(change.name(), name), or(change.dateOfBirth(), dateOfBirth),
                or(change.address(), address), or(change.phone(), phone), or(change.email(), email),
                or(change.language(), language), or(change.contactPreferences(), contactPreferences));
    }

    private static <T> T or(T changed, T current) {
        return changed == null ? current : changed;
    }

    public Profile toProfile(ResidentId id, boolean hasAccount, Instant updatedAt) {
        return new Profile(id, hasAccount, name, dateOfBirth, address, phone, email, language, contactPreferences,
                updatedAt);
    }

    /**
     * The rules that need more than one value, or today, for the fields just set: a date of birth in
     * the past; each way the resident chose to hear from us has its detail (email needs an address).
     *
     * @throws IllegalArgumentException when one is broken
     */
    public ResidentValues check(Set<ProfileField> set, LocalDate today) {
        if (set.contains(ProfileField.DATE_OF_BIRTH) && dateOfBirth != null
                && !ProfileRules.isPlausibleBirthDate(dateOfBirth, today)) {
            throw new IllegalArgumentException("Not a plausible date of birth: " + dateOfBirth);
        }
        if (set.contains(ProfileField.CONTACT_PREFERENCES) && ((contactPreferences.email() && email == null)
                || (contactPreferences.textMessage() && phone == null) || (contactPreferences.post() && address == null))) {
            throw new IllegalArgumentException("A chosen way of contact lacks its detail: " + contactPreferences);
        }
        return this;
    }

    /** Lower case, phone as digits only: each word an officer types must appear in it. */
    String searchText() {
        String text = Stream.of(name.full(), email, phone == null ? null : phone.replaceAll("[^0-9]", ""),
                        address == null ? null : address.singleLine())
                .filter(Objects::nonNull)
                .map(part -> part.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" | "));
        return text.length() <= MAX_SEARCH_TEXT ? text : text.substring(0, MAX_SEARCH_TEXT);
    }
}

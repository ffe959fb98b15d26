package org.porth.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.porth.shared.Language;
import org.porth.shared.Postcode;

/**
 * Forms prefill from a profile by the names in a question's {@code prefill}, as the answer fields a
 * form holds; and a changed answer comes back as a profile change the same way.
 */
class PrefillTest {

    private static final ResidentAddress HOME = new ResidentAddress("100023336956", "Flat 2", "14 Heol y Castell",
            "Porth", new Postcode("PT1 2AB"), "Castell");
    private static final Profile PROFILE = new Profile(new ResidentId(UUID.randomUUID()), true,
            new PersonName("Rhian", "Evans"), LocalDate.of(1985, 3, 12), HOME, "07700 900 982",
            "rhian.evans@example.com", Language.WELSH, ContactPreferences.DEFAULT, Instant.EPOCH);

    @Test
    void eachPrefillNameGivesTheFieldsOfItsAnswer() {
        assertThat(PROFILE.field("name")).hasValue(Map.of("value", "Rhian Evans"));
        assertThat(PROFILE.field("email")).hasValue(Map.of("value", "rhian.evans@example.com"));
        assertThat(PROFILE.field("phone")).hasValue(Map.of("value", "07700 900 982"));
        assertThat(PROFILE.field("date-of-birth")).hasValue(Map.of("day", "12", "month", "3", "year", "1985"));
        assertThat(PROFILE.field("address")).hasValue(Map.of("uprn", "100023336956", "line1", "Flat 2",
                "line2", "14 Heol y Castell", "town", "Porth", "postcode", "PT1 2AB", "ward", "Castell"));
    }

    @Test
    void whatTheProfileDoesNotHoldOrDoesNotPrefillIsEmpty() {
        Profile unknown = new Profile(PROFILE.id(), true, PROFILE.name(), null, null, null, null, Language.ENGLISH,
                ContactPreferences.DEFAULT, Instant.EPOCH);

        assertThat(unknown.field("phone")).isEmpty();
        assertThat(unknown.field("address")).isEmpty();
        assertThat(PROFILE.field("language")).as("not a prefill name").isEmpty();
        assertThat(PROFILE.field("nickname")).isEmpty();
    }

    @Test
    void aChangedAnswerBecomesAProfileChangeOfThatField() {
        for (String name : Set.of("name", "email", "phone", "date-of-birth", "address")) {
            ProfileChange change = ProfileChange.fromPrefill(name, PROFILE.field(name).orElseThrow());

            assertThat(change.fields()).containsExactly(ProfileField.prefillField(name).orElseThrow());
        }
        assertThat(ProfileChange.fromPrefill("address", PROFILE.field("address").orElseThrow()).address()).isEqualTo(HOME);
        assertThat(ProfileChange.fromPrefill("date-of-birth", Map.of("day", "12", "month", "3", "year", "1985"))
                .dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 12));
    }

    @Test
    void anAnswerTheProfileWouldNotAcceptIsRefused() {
        assertThatThrownBy(() -> ProfileChange.fromPrefill("phone", Map.of("value", "12345")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProfileChange.fromPrefill("date-of-birth", Map.of("day", "31", "month", "2", "year", "1990")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProfileChange.fromPrefill("address", Map.of("line1", "1 Lôn Las", "town", "Porth",
                "postcode", "nowhere"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProfileChange.fromPrefill("language", Map.of("value", "cy")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.porth.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The phone numbers and email addresses the council accepts, however people write them. */
class ProfileRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"01632 960 001", "07700 900 982", "07700900982", "(01632) 960001", "+44 7700 900 982",
            "+44 (0)7700 900982", "0044 7700 900 982", "0800 123 456", "01632-960-001"})
    void ukPhoneNumbers(String number) {
        assertThat(ProfileRules.isUkPhone(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "7700 900 982", "+1 202 555 0143", "0161 CALL ME", "077009009821234",
            "01632 960"})
    void notUkPhoneNumbers(String number) {
        assertThat(ProfileRules.isUkPhone(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name@example.com", "Ceri.Wyn+council@post.example.co.uk"})
    void emailAddresses(String email) {
        assertThat(ProfileRules.isEmail(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "name", "name@", "@example.com", "name@example", "na me@example.com",
            "name@@example.com", "name@example..com"})
    void notEmailAddresses(String email) {
        assertThat(ProfileRules.isEmail(email)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "1985-03-12", "2026-11-25"})
    void plausibleBirthDates(String date) {
        assertThat(ProfileRules.isPlausibleBirthDate(LocalDate.parse(date), LocalDate.of(2026, 11, 26))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2026-11-26", "2027-01-01"})
    void implausibleBirthDates(String date) {
        assertThat(ProfileRules.isPlausibleBirthDate(LocalDate.parse(date), LocalDate.of(2026, 11, 26))).isFalse();
    }
}

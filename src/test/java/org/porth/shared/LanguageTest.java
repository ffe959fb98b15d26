package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Language codes from links, cookies and token claims, and locales from browsers. */
class LanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"cy", "CY", " cy ", "cy-GB", "cy_GB"})
    void readsWelshCodes(String code) {
        assertThat(Language.fromCode(code)).contains(Language.WELSH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "EN", "en-GB", "en_US"})
    void readsEnglishCodes(String code) {
        assertThat(Language.fromCode(code)).contains(Language.ENGLISH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"fr", "gd", "welsh", "c", "<script>"})
    void ignoresAnythingElse(String code) {
        assertThat(Language.fromCode(code)).isEmpty();
    }

    @Test
    void anyWelshLocaleIsWelsh() {
        assertThat(Language.of(Locale.of("cy"))).isEqualTo(Language.WELSH);
        assertThat(Language.of(Locale.of("cy", "GB"))).isEqualTo(Language.WELSH);
    }

    @Test
    void everyOtherLocaleIsEnglish() {
        assertThat(Language.of(Locale.UK)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(Locale.FRENCH)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(null)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void eachLanguageKnowsTheOther() {
        assertThat(Language.ENGLISH.other()).isEqualTo(Language.WELSH);
        assertThat(Language.WELSH.other()).isEqualTo(Language.ENGLISH);
    }
}

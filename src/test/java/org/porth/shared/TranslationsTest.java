package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Texts come from the bundle of the language asked for, with their placeholders filled in. */
class TranslationsTest {

    @Test
    void fillsAPlaceholderInEachLanguage() {
        assertThat(Translations.get(Language.ENGLISH, "staff.home.welcome", "Cara")).isEqualTo("Hello, Cara.");
        assertThat(Translations.get(Language.WELSH, "staff.home.welcome", "Cara")).isEqualTo("Helo, Cara.");
    }

    @Test
    void fillsPlaceholdersByNumberWhateverTheirOrderInTheText() {
        String text = Translations.get(Language.ENGLISH, "help.s2.p1",
                "Porth County Council", "0300 123 4567", "contact@porth.example.gov.uk");

        assertThat(text).isEqualTo("Email contact@porth.example.gov.uk. We aim to reply within 5 working days.");
    }

    @Test
    void keepsWelshApostrophesWhenFillingPlaceholders() {
        // no MessageFormat, which would swallow the apostrophe in "yw'r"
        assertThat(Translations.get(Language.WELSH, "privacy.p1", "Cyngor Sir Porth"))
                .startsWith("Cyngor Sir Porth yw'r rheolydd data");
    }

    @Test
    void leavesAPlaceholderWithoutAValueAsItIs() {
        assertThat(Translations.get(Language.ENGLISH, "footer.owner")).isEqualTo("Run by {0}");
    }

    @Test
    void takesTheLanguageFromALocale() {
        assertThat(Translations.get(Locale.of("cy", "GB"), "shell.sign-in")).isEqualTo("Mewngofnodi");
        assertThat(Translations.get(Locale.FRENCH, "shell.sign-in")).isEqualTo("Sign in");
    }

    @Test
    void marksAMissingKeySoItShowsOnThePage() {
        assertThat(Translations.get(Language.ENGLISH, "no.such.key")).isEqualTo("!no.such.key!");
        assertThat(Translations.get(Language.WELSH, "no.such.key", "x")).isEqualTo("!no.such.key!");
    }

    @Test
    void knowsWhichKeysExist() {
        assertThat(Translations.has("start.title")).isTrue();
        assertThat(Translations.has("no.such.key")).isFalse();
    }
}

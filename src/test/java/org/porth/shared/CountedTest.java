package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts of things found read as one thing or many, in English and in Welsh (the noun mutates after 2). */
class CountedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "form.address.found  | 1  | 1 address found      | Wedi dod o hyd i 1 cyfeiriad",
            "form.address.found  | 2  | 2 addresses found    | Wedi dod o hyd i 2 gyfeiriad",
            "form.address.found  | 25 | 25 addresses found   | Wedi dod o hyd i 25 cyfeiriad",
            "form.location.found | 1  | 1 street found       | Wedi dod o hyd i 1 stryd",
            "form.location.found | 3  | 3 streets found      | Wedi dod o hyd i 3 stryd",
            "callers.find.count  | 1  | 1 person found       | Wedi dod o hyd i 1 person",
            "callers.find.count  | 2  | 2 people found       | Wedi dod o hyd i 2 berson",
            "callers.find.count  | 7  | 7 people found       | Wedi dod o hyd i 7 o bobl"})
    void aCountSaysOneOrManyInEachLanguage(String base, int count, String english, String welsh) {
        assertThat(Translations.get(Language.ENGLISH, Counted.key(base, count), count)).isEqualTo(english);
        assertThat(Translations.get(Language.WELSH, Counted.key(base, count), count)).isEqualTo(welsh);
    }
}

package org.porth.gazetteer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What residents type on a phone finds Welsh and English street names alike. */
class SearchNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Heol Glyndŵr|heol glyndwr", "Sgwâr y Castell|sgwar y castell", "Ffordd Tŷ Coch|ffordd ty coch",
            "Cae'r Ffynnon|caer ffynnon", "Rhodfa’r Afon|rhodfar afon", "Glan-yr-afon|glan yr afon",
            "  STATION   Road |station road", "St. Mary's Road|st marys road", "Lôn y Bont|lon y bont"})
    void foldsCaseAccentsAndPunctuation(String name, String folded) {
        assertThat(SearchNames.fold(name)).isEqualTo(folded);
    }

    @Test
    void wordsAreTheFoldedWordsInOrder() {
        assertThat(SearchNames.words("Heol-y Glyndŵr")).containsExactly("heol", "y", "glyndwr");
        assertThat(SearchNames.words(" ,-' ")).isEmpty();
    }
}

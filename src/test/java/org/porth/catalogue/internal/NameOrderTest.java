package org.porth.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.porth.shared.Language;

/** Names sort in each language's own alphabet. */
class NameOrderTest {

    private static final List<String> WORDS = List.of("Rhoi", "Ryseitiau", "Lleoedd", "Lwfans", "Chwilio", "Cyngor",
            "Ffyrdd", "Fy", "Dweud", "Ddoe");

    @Test
    void welshTreatsItsDoubleLettersAsLettersOfTheirOwn() {
        assertThat(WORDS.stream().sorted(NameOrder.collator(Language.WELSH)).toList()).containsExactly(
                "Cyngor", "Chwilio", "Dweud", "Ddoe", "Fy", "Ffyrdd", "Lwfans", "Lleoedd", "Ryseitiau", "Rhoi");
    }

    @Test
    void englishSortsLetterByLetter() {
        assertThat(WORDS.stream().sorted(NameOrder.collator(Language.ENGLISH)).toList()).containsExactly(
                "Chwilio", "Cyngor", "Ddoe", "Dweud", "Ffyrdd", "Fy", "Lleoedd", "Lwfans", "Rhoi", "Ryseitiau");
    }
}

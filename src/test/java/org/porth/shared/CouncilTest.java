package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The council's name and address in the language of the page, English where no Welsh is configured. */
class CouncilTest {

    @Test
    void welshPagesUseTheWelshAddressAndNameMutatedAfterAPreposition() {
        Council council = council("Cyngor Sir Porth", "Neuadd y Sir, Porth");

        assertThat(council.address(Language.ENGLISH)).isEqualTo("County Hall, Porth");
        assertThat(council.address(Language.WELSH)).isEqualTo("Neuadd y Sir, Porth");
        assertThat(council.nameAfterPreposition(Language.ENGLISH)).isEqualTo("Porth County Council");
        assertThat(council.nameAfterPreposition(Language.WELSH)).isEqualTo("Gyngor Sir Porth");
    }

    @Test
    void withoutWelshTheEnglishIsShownAsWritten() {
        Council council = council(" ", null);

        assertThat(council.address(Language.WELSH)).isEqualTo("County Hall, Porth");
        assertThat(council.nameAfterPreposition(Language.WELSH)).isEqualTo("Porth County Council");
    }

    private static Council council(String nameCy, String addressCy) {
        return new Council("Porth County Council", nameCy, "0300 123 4567", "contact@porth.example",
                "County Hall, Porth", addressCy, "logo.svg", "#1d4f91");
    }
}

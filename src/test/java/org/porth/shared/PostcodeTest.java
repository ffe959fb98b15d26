package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Residents type postcodes every way; the portal keeps one form, and only real postcode shapes. */
class PostcodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PT1 1AA|PT1 1AA", "pt1 1aa|PT1 1AA", "pt11aa|PT1 1AA", "  Pt1   1aA  |PT1 1AA", "P T 1 1 A A|PT1 1AA",
            "pt1\t1aa|PT1 1AA", "pt1\u00a01aa|PT1 1AA",
            // every shape of outward code: A9, A99, A9A, AA9, AA99, AA9A; and GIR 0AA
            "m1 1ae|M1 1AE", "b338th|B33 8TH", "w1a0ax|W1A 0AX", "cr26xh|CR2 6XH", "dn551pt|DN55 1PT",
            "ec1a1bb|EC1A 1BB", "sw1a 2aa|SW1A 2AA", "gir0aa|GIR 0AA", "CF10 1EP|CF10 1EP"})
    void parseGivesTheStandardForm(String typed, String standard) {
        assertThat(Postcode.parse(typed)).map(Postcode::value).contains(standard);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "PT1", "1AA", "PT1 1A", "PT1 1AAA", "PT11 1AAA", "PT1-1AA", "PT1 1CA",
            "QT1 1AA", "VT1 1AA", "XT1 1AA", "PI1 1AA", "PJ1 1AA", "PZ1 1AA", "PT1 AAA", "PTT 1AA",
            "A1I 1AA", "AA1C 1AA", "12345", "PT1 1AA; drop table", "ＰＴ１ １ＡＡ", "PT1 1ÅA", "' OR 1=1 --", "%", "_",
            "PT1 1A%", "PT1\\1AA", "PT1 1AA\u0000", "<script>PT1 1AA</script>"})
    void parseRejectsWhatIsNoPostcode(String typed) {
        assertThat(Postcode.parse(typed)).isEmpty();
    }

    @Test
    void twentyThousandCharactersAreNoPostcode() {
        assertThat(Postcode.parse("PT1 1AA".repeat(2_858))).isEmpty();
        assertThat(Postcode.parse("A".repeat(20_000))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1 1AA", "GIR 0AA", "EC1A 1BB", "DN55 1PT"})
    void theConstructorTakesTheStandardForm(String standard) {
        assertThat(new Postcode(standard).value()).isEqualTo(standard);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT11AA", "pt1 1aa", "PT1  1AA", " PT1 1AA", "PT1 1AA ", "P T1 1AA", "PT1 1CA", ""})
    void theConstructorRejectsAnyOtherForm(String notStandard) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Postcode(notStandard)).withMessageContaining(notStandard);
    }

    @Test
    void thereIsNoPostcodeWithoutAValue() {
        assertThatNullPointerException().isThrownBy(() -> new Postcode(null));
    }

    @ParameterizedTest
    @CsvSource({"PT1 1AA,PT1", "EC1A 1BB,EC1A", "DN55 1PT,DN55", "GIR 0AA,GIR"})
    void theOutwardCodeIsTheDistrict(String postcode, String outward) {
        assertThat(new Postcode(postcode).outward()).isEqualTo(outward);
    }

    @Test
    void theSamePostcodeTypedTwoWaysIsEqual() {
        assertThat(Postcode.parse("pt1 1aa")).isEqualTo(Postcode.parse("PT11AA"));
        assertThat(new Postcode("PT1 1AA")).hasToString("PT1 1AA");
    }
}

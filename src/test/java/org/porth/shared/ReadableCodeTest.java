package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** References read out on the phone: a prefix and eight characters that cannot be misread. */
class ReadableCodeTest {

    private static final Pattern BOOKING = ReadableCode.format("BKG");

    @Test
    void aCodeHasItsPrefixAndTwoGroupsOfFour() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String code = ReadableCode.random("BKG");
            assertThat(code).matches(BOOKING).doesNotContain("I", "L", "O", "U");
            codes.add(code);
        }
        assertThat(codes).as("40 random bits: no repeats in a thousand").hasSize(1_000);
    }

    @Test
    void theFormatRefusesLettersThatCouldBeMisreadAndOtherPrefixes() {
        assertThat(BOOKING.matcher("BKG-7K4M-2Q9D").matches()).isTrue();
        assertThat(BOOKING.matcher("BKG-7K4M-2Q9O").matches()).isFalse();
        assertThat(BOOKING.matcher("BKG-7K4M-2Q9").matches()).isFalse();
        assertThat(BOOKING.matcher("PTH-7K4M-2Q9D").matches()).isFalse();
    }
}

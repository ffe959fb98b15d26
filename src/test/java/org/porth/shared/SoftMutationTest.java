package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Welsh soft mutation of a name after "gan", "i", "o" and the like: only its first letters change. */
class SoftMutationTest {

    @ParameterizedTest
    @CsvSource({
            "Cyngor Sir Porth, Gyngor Sir Porth",
            "Pen-y-bont, Ben-y-bont",
            "Tref, Dref",
            "Bwrdeistref Sirol, Fwrdeistref Sirol",
            "Dinas, Ddinas",
            "Gwynedd, Wynedd",
            "Môn, Fôn",
            "Llanelli, Lanelli",
            "Rhondda, Rondda",
            "Chwilog, Chwilog",
            "Theatr, Theatr",
            "Phorth, Phorth",
            "Ddinas, Ddinas",
            "Neuadd, Neuadd",
            "Abertawe, Abertawe"})
    void theFirstSoundSoftensAndTheRestStays(String name, String afterGan) {
        assertThat(SoftMutation.of(name)).isEqualTo(afterGan);
    }
}

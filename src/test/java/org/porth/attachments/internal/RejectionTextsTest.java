package org.porth.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.porth.catalogue.Text;
import org.porth.catalogue.UploadLimits.FileType;

/** Each refusal says what is wrong with which file, in English and Welsh. */
class RejectionTextsTest {

    @Test
    void namesTheFile() {
        assertThat(RejectionTexts.empty("photo.jpg")).isEqualTo(new Text("photo.jpg is empty", "Mae photo.jpg yn wag"));
        assertThat(RejectionTexts.tooBig("photo.jpg", 10L * 1024 * 1024)).isEqualTo(new Text(
                "photo.jpg must be smaller than 10 MB", "Rhaid i photo.jpg fod yn llai na 10 MB"));
        assertThat(RejectionTexts.wrongType("notes.png", Set.of(FileType.PDF, FileType.JPEG, FileType.PNG))).isEqualTo(new Text(
                "notes.png must be a JPG, PNG or PDF", "Rhaid i notes.png fod yn ffeil JPG, PNG neu PDF"));
    }

    @Test
    void aFileWithoutANameIsTheSelectedFile() {
        assertThat(RejectionTexts.empty("").en()).isEqualTo("The selected file is empty");
        assertThat(RejectionTexts.tooBig("", 10L * 1024 * 1024).en()).isEqualTo("The selected file must be smaller than 10 MB");
        assertThat(RejectionTexts.wrongType("", Set.of(FileType.PDF)))
                .isEqualTo(new Text("The selected file must be a PDF", "Rhaid i'r ffeil a ddewiswyd fod yn ffeil PDF"));
    }

    @Test
    void tooManyNamesTheFileNotAddedAndSaysHowMany() {
        assertThat(RejectionTexts.tooMany("photo4.jpg", 3)).isEqualTo(new Text(
                "photo4.jpg was not added: you can add up to 3 files",
                "Ni chafodd photo4.jpg ei hychwanegu: gallwch ychwanegu hyd at 3 ffeil"));
        assertThat(RejectionTexts.tooMany("me.png", 1)).isEqualTo(new Text(
                "me.png was not added: you can add only 1 file",
                "Ni chafodd me.png ei hychwanegu: dim ond 1 ffeil y gallwch ei hychwanegu"));
        assertThat(RejectionTexts.tooMany("", 3).en()).isEqualTo("The selected file was not added: you can add up to 3 files");
    }

    @Test
    void twoTypesAreJoinedWithOr() {
        assertThat(RejectionTexts.wrongType("a.gif", Set.of(FileType.HEIC, FileType.JPEG)).en())
                .isEqualTo("a.gif must be a JPG or HEIC");
    }

    @ParameterizedTest
    @CsvSource({"10485760,10 MB", "2621440,2.5 MB", "5000000,4.8 MB", "512000,500 KB", "1048576,1 MB", "1000,1 KB", "100,0.1 KB"})
    void sizesReadAsPeopleSayThem(long bytes, String text) {
        assertThat(RejectionTexts.size(bytes)).isEqualTo(text);
    }
}

package org.porth.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.porth.catalogue.UploadLimits.FileType;

/** A file name is shown and offered for saving, never trusted: no paths, no hidden or markup characters. */
class DisplayNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "photo.jpg|photo.jpg", "Tŷ Gwyn – front door.jpg|Tŷ Gwyn – front door.jpg",
            "../../etc/passwd|passwd", "..\\..\\windows\\win.ini|win.ini", "C:\\Users\\Sam\\Pictures\\bin.jpg|bin.jpg",
            "/var/tmp/|''", "..|''", ".htaccess|htaccess", "  . hidden.png|hidden.png",
            // the slash of the closing tag ends a folder name
            "<script>alert(1)</script>.png|script_.png", "<script>.png|_script_.png", "<img src=x onerror=alert(1)>.jpg|_img src=x onerror=alert(1)_.jpg",
            "two   spaces\tand tab.pdf|two spaces and tab.pdf"})
    void keepsOnlyTheSafeNameOfTheFile(String given, String shown) {
        assertThat(DisplayNames.of(given)).isEqualTo(shown);
    }

    @Test
    void controlAndInvisibleCharactersGo() {
        assertThat(DisplayNames.of("a\u0000b.png")).isEqualTo("ab.png");
        assertThat(DisplayNames.of("report\r\nSet-Cookie: x.pdf")).isEqualTo("report Set-Cookie_ x.pdf");
        // a right-to-left override would show "photo\u202Egnp.exe" as "photoexe.png"
        assertThat(DisplayNames.of("photo\u202Egnp.exe")).isEqualTo("photognp.exe");
        assertThat(DisplayNames.of("zero\u200Bwidth.pdf")).isEqualTo("zerowidth.pdf");
        assertThat(DisplayNames.of(null)).isEmpty();
    }

    @Test
    void charactersThatMeanSomethingToAFileSystemBecomeUnderscores() {
        assertThat(DisplayNames.of("what?*:\"|<>.pdf")).isEqualTo("what_______.pdf");
    }

    @Test
    void aLongNameIsShortenedKeepingItsExtension() {
        String shown = DisplayNames.of("a".repeat(300) + ".jpeg");

        assertThat(shown).hasSize(DisplayNames.MOST_CHARACTERS).endsWith("….jpeg").startsWith("aaaa");
    }

    @Test
    void aLongNameOfWelshLettersIsShortenedByCharacter() {
        String shown = DisplayNames.of("ŵ".repeat(150));

        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(DisplayNames.MOST_CHARACTERS);
        assertThat(shown).endsWith("ŵ…");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "photo.jpg|JPEG|photo.jpg", "photo.JPEG|JPEG|photo.JPEG", "scan|PDF|scan.pdf",
            "letter.jpg|PDF|letter.jpg.pdf", "notes.html|PNG|notes.html.png", "IMG_0042.HEIC|HEIC|IMG_0042.HEIC",
            "''|PDF|file.pdf", "../..|JPEG|file.jpg"})
    void theNameEndsInAnExtensionOfWhatTheFileReallyIs(String given, FileType type, String shown) {
        assertThat(DisplayNames.of(given, type)).isEqualTo(shown);
    }
}

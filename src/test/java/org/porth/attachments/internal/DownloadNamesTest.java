package org.porth.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Browsers save a download under its name, whatever the language, and nothing in it escapes the header. */
class DownloadNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "photo.jpg|attachment; filename=\"photo.jpg\"; filename*=UTF-8''photo.jpg",
            "Tŷ Gwyn.pdf|attachment; filename=\"T_ Gwyn.pdf\"; filename*=UTF-8''T%C5%B7%20Gwyn.pdf",
            "100% \"real\" \\ bill;x=1.pdf|attachment; filename=\"100_ _real_ _ bill;x=1.pdf\"; filename*=UTF-8''100%25%20%22real%22%20%5C%20bill%3Bx%3D1.pdf"})
    void namesTheFileInAsciiAndInUtf8(String name, String header) {
        assertThat(DownloadNames.contentDisposition(name)).isEqualTo(header);
    }
}

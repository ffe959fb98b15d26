package org.porth.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** An upload is counted and checksummed as it streams, and stopped past its limit. */
class CheckedContentTest {

    // SHA-256 of "abc", from FIPS 180-2
    private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void countsAndChecksumsEverythingRead() throws IOException {
        CheckedContent content = new CheckedContent(stream("abc"), 3);

        content.transferTo(OutputStream.nullOutputStream());

        assertThat(content.size()).isEqualTo(3);
        assertThat(content.sha256()).isEqualTo(SHA256_OF_ABC);
        assertThat(content.isTooBig()).isFalse();
    }

    @Test
    void skippedBytesAreStillInTheChecksum() throws IOException {
        CheckedContent content = new CheckedContent(stream("abc"), 3);

        assertThat(content.read()).isEqualTo('a');
        assertThat(content.skip(1)).isEqualTo(1);
        assertThat(content.read()).isEqualTo('c');
        assertThat(content.read()).isEqualTo(-1);

        assertThat(content.sha256()).isEqualTo(SHA256_OF_ABC);
    }

    @Test
    void stopsAtTheFirstByteOverTheLimit() {
        CheckedContent content = new CheckedContent(stream("abcd"), 3);

        assertThatThrownBy(() -> content.transferTo(OutputStream.nullOutputStream())).isInstanceOf(CheckedContent.TooBig.class);
        assertThat(content.isTooBig()).isTrue();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}

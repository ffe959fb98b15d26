package org.porth.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.porth.attachments.FileStore;
import org.porth.attachments.TestFiles;

/** What every file store promises the attachments module, whichever place it keeps content in. */
abstract class FileStoreContract {

    static final String ID = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    abstract FileStore store();

    /** Fails when anything at all is left in the store's place (an object, a part, a temporary file). */
    abstract void assertStoreHoldsNothing() throws IOException;

    @Test
    void keepsContentUnderItsIdAndGivesItBack() throws IOException {
        store().put(ID, new ByteArrayInputStream(TestFiles.bytes("photo.jpg")));

        try (InputStream content = store().open(ID).orElseThrow()) {
            assertThat(content.readAllBytes()).isEqualTo(TestFiles.bytes("photo.jpg"));
        }
    }

    @Test
    void nothingKeptUnderAnIdIsEmpty() throws IOException {
        assertThat(store().open("ffffffffffffffffffffffffffffffff")).isEmpty();
    }

    @Test
    void aDeletedFileIsGone() throws IOException {
        store().put(ID, new ByteArrayInputStream(new byte[] {1, 2, 3}));

        store().delete(ID);
        store().delete(ID);

        assertThat(store().open(ID)).isEmpty();
    }

    @Test
    void contentThatFailsToArriveLeavesNothing() throws IOException {
        InputStream broken = new CheckedContent(new ByteArrayInputStream(new byte[100]), 10);

        assertThatThrownBy(() -> store().put(ID, broken)).isInstanceOf(CheckedContent.TooBig.class);

        assertThat(store().open(ID)).isEmpty();
        assertStoreHoldsNothing();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../../etc/passwd", "..%2F..%2Fetc", "0F1E2D3C4B5A69788796A5B4C3D2E1F0", "abc", "photo.jpg",
            "0f1e2d3c4b5a6978/8796a5b4c3d2e1f0"})
    void anythingButAnIdIsRefused(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> store().open(id));
        assertThatIllegalArgumentException().isThrownBy(() -> store().put(id, InputStream.nullInputStream()));
        assertThatIllegalArgumentException().isThrownBy(() -> store().delete(id));
    }
}

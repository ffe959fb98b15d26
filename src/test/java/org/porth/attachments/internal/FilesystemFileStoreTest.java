package org.porth.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.porth.attachments.TestFiles;

/** The default file store: a folder, written so that a half-written file is never there. */
class FilesystemFileStoreTest {

    private static final String ID = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    @TempDir
    private Path folder;

    @Test
    void keepsContentUnderItsIdAndGivesItBack() throws IOException {
        FilesystemFileStore store = store();

        store.put(ID, new ByteArrayInputStream(TestFiles.bytes("photo.jpg")));

        try (InputStream content = store.open(ID).orElseThrow()) {
            assertThat(content.readAllBytes()).isEqualTo(TestFiles.bytes("photo.jpg"));
        }
        assertThat(folder.resolve("0f").resolve(ID)).exists();
    }

    @Test
    void aDeletedFileIsGone() throws IOException {
        FilesystemFileStore store = store();
        store.put(ID, new ByteArrayInputStream(new byte[] {1, 2, 3}));

        store.delete(ID);
        store.delete(ID);

        assertThat(store.open(ID)).isEmpty();
    }

    @Test
    void contentThatFailsToArriveLeavesNothing() throws IOException {
        FilesystemFileStore store = store();
        InputStream broken = new CheckedContent(new ByteArrayInputStream(new byte[100]), 10);

        assertThatThrownBy(() -> store.put(ID, broken)).isInstanceOf(CheckedContent.TooBig.class);

        assertThat(store.open(ID)).isEmpty();
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile)).as("files left in the store").isEmpty();
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../../etc/passwd", "..%2F..%2Fetc", "0F1E2D3C4B5A69788796A5B4C3D2E1F0", "abc", "photo.jpg",
            "0f1e2d3c4b5a6978/8796a5b4c3d2e1f0"})
    void anythingButAnIdIsRefused(String id) {
        FilesystemFileStore store = store();

        assertThatIllegalArgumentException().isThrownBy(() -> store.open(id));
        assertThatIllegalArgumentException().isThrownBy(() -> store.put(id, InputStream.nullInputStream()));
    }

    private FilesystemFileStore store() {
        return new FilesystemFileStore(TestFilesProperties.in(folder));
    }
}

package org.porth.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.porth.attachments.FileStore;

/** The default file store: a folder, written so that a half-written file is never there. */
class FilesystemFileStoreTest extends FileStoreContract {

    @TempDir
    private Path folder;

    @Override
    FileStore store() {
        return new FilesystemFileStore(TestFilesProperties.in(folder));
    }

    @Override
    void assertStoreHoldsNothing() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile)).as("files left in the store").isEmpty();
        }
    }

    @Test
    void aFileLivesInAFolderNamedAfterItsIdsFirstTwoCharacters() throws IOException {
        store().put(ID, new ByteArrayInputStream(new byte[] {1}));

        assertThat(folder.resolve("0f").resolve(ID)).exists();
    }
}

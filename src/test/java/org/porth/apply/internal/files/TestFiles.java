package org.porth.apply.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.util.unit.DataSize;

/** The small real files under test resources {@code files/}: a JPEG, a PNG, a PDF, an iPhone photo's start. */
public final class TestFiles {

    private TestFiles() {
    }

    /** The portal's settings for files kept in the folder, with its default limits. */
    static FilesProperties properties(Path folder) {
        return new FilesProperties(folder, Duration.ofHours(24), 50_000_000,
                new FilesProperties.Resident(DataSize.ofMegabytes(500), DataSize.ofMegabytes(100), 50));
    }

    public static byte[] bytes(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/files/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file files/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

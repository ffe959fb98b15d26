package org.porth.attachments.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.util.unit.DataSize;

/** The portal's settings for files kept in a folder, with its default limits. */
final class TestFilesProperties {

    private TestFilesProperties() {
    }

    static FilesProperties in(Path folder) {
        return new FilesProperties(folder, Duration.ofHours(24), 50_000_000,
                new FilesProperties.Resident(DataSize.ofMegabytes(500), DataSize.ofMegabytes(100), 50));
    }
}

package org.porth.catalogue.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.porth.catalogue.UploadLimits;
import org.porth.catalogue.UploadLimits.FileType;
import org.springframework.util.unit.DataSize;

/**
 * Reads a file-upload question's {@code upload}: {@code {max-files: 3, max-file-size: 10MB, types:
 * [jpeg, png, heic]}}. Each setting left out takes the portal's default; the limits must be sane.
 */
final class UploadReader {

    static final int MOST_FILES = 10;
    static final DataSize LARGEST_FILE = DataSize.ofMegabytes(20);
    private static final Map<String, FileType> TYPES = YamlNames.of(FileType.class);

    private UploadReader() {
    }

    static UploadLimits read(YamlMap question, String id) {
        return question.map("upload", "the upload of question '" + id + "'", Set.of("max-files", "max-file-size", "types"))
                .map(UploadReader::read)
                .orElse(UploadLimits.DEFAULT);
    }

    private static UploadLimits read(YamlMap upload) {
        UploadLimits defaults = UploadLimits.DEFAULT;
        int maxFiles = upload.integer("max-files").filter(count -> {
            boolean sane = count >= 1 && count <= MOST_FILES;
            if (!sane) {
                upload.problem("max-files", upload.described("max-files") + " must be from 1 to " + MOST_FILES);
            }
            return sane;
        }).orElse(defaults.maxFiles());
        long maxBytes = upload.string("max-file-size").map(size -> bytes(upload, size)).orElse(defaults.maxBytesPerFile());
        Set<FileType> types = upload.strings("types").map(names -> {
            Set<FileType> known = EnumSet.noneOf(FileType.class);
            names.forEach(name -> YamlNames.find(TYPES, name, "file type", problem -> upload.problem("types", problem))
                    .ifPresent(known::add));
            if (names.isEmpty()) {
                upload.problem("types", upload.described("types") + " lists no file types");
            }
            return known.isEmpty() ? defaults.types() : known;
        }).orElse(defaults.types());
        return new UploadLimits(maxFiles, maxBytes, types);
    }

    private static long bytes(YamlMap upload, String size) {
        try {
            long bytes = DataSize.parse(size.replace(" ", "")).toBytes();
            if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes <= LARGEST_FILE.toBytes()) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // reported below, as for a size out of range
        }
        upload.problem("max-file-size", upload.described("max-file-size") + " must be a size from 1KB to "
                + LARGEST_FILE.toMegabytes() + "MB, such as 10MB");
        return UploadLimits.DEFAULT.maxBytesPerFile();
    }
}

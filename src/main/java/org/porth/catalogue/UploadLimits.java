package org.porth.catalogue;

import java.util.Set;

/**
 * What a file-upload question accepts. File types are checked by content (magic bytes), never by
 * name or the browser's hint.
 */
public record UploadLimits(int maxFiles, long maxBytesPerFile, Set<FileType> types) {

    public static final UploadLimits DEFAULT = new UploadLimits(3, 10L * 1024 * 1024, Set.of(FileType.JPEG, FileType.PNG, FileType.PDF));

    public UploadLimits {
        types = Set.copyOf(types);
    }

    public enum FileType {
        JPEG("image/jpeg"),
        PNG("image/png"),
        HEIC("image/heic"),
        PDF("application/pdf");

        private final String mediaType;

        FileType(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }
}

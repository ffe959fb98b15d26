package org.porth.attachments;

import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.catalogue.Text;

/** What became of an upload: the file was stored, or it was rejected (and nothing of it kept). */
public sealed interface UploadResult {

    record Stored(StoredFile file) implements UploadResult {
    }

    /**
     * @param message what to show the resident, naming the file, in both languages, e.g. "photo.heic
     *                must be a JPG, PNG or PDF"
     */
    record Rejected(Reason reason, Text message) implements UploadResult {
    }

    enum Reason {
        EMPTY,
        TOO_BIG,
        WRONG_TYPE,
        TOO_MANY,
        /** A picture of more pixels than Porth takes, or one whose size cannot be read. */
        TOO_MANY_PIXELS,
        DAMAGED,
        /** The resident has stored as much as one person may. */
        STORAGE_FULL,
        /** The resident has uploaded as much as one person may in an hour. */
        HOURLY_LIMIT
    }
}

package org.porth.attachments;

import java.util.Optional;

/** Files residents have uploaded, as far as checking an answer needs them. */
public interface StoredFiles {

    Optional<StoredFile> find(String fileId);

    /**
     * @param id        random, never the resident's file name
     * @param name      the resident's file name, for display only, never trusted as a path
     * @param draftId   the draft the file was uploaded for
     * @param sha256    checksum of the content, hex
     */
    record StoredFile(String id, String name, String mediaType, long size, String sha256, String draftId) {
    }
}

package org.porth.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where uploaded files' content is kept, outside the database, by a random id that
 * {@link Attachments} chooses (never derived from the resident's file name). Porth keeps files in a
 * folder ({@code porth.files.location}) or, for several nodes, an S3-compatible object store
 * ({@code porth.files.store=s3}, decision 0044).
 */
public interface FileStore {

    /**
     * Keeps all of the content under the id, or nothing: when reading the content fails (the upload
     * broke off, or it is too big), nothing is left under the id and the failure is thrown on.
     *
     * @param id letters a-z and digits only
     */
    void put(String id, InputStream content) throws IOException;

    /** The content, to be closed by the caller; empty when nothing is kept under the id. */
    Optional<InputStream> open(String id) throws IOException;

    /** Removes the content; nothing happens when there is none. */
    void delete(String id) throws IOException;
}

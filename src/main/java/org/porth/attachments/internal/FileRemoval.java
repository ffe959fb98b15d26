package org.porth.attachments.internal;

import java.io.IOException;

import org.porth.attachments.FileStore;
import org.porth.shared.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the file store in step with the {@code stored_file} table, which the database's transaction
 * decides: a file stored in a transaction that rolls back is removed again, and a file whose row is
 * deleted goes only once that deletion is committed.
 */
@Component
public class FileRemoval {

    private static final Logger log = LoggerFactory.getLogger(FileRemoval.class);

    private final FileStore store;

    FileRemoval(FileStore store) {
        this.store = store;
    }

    /** The content just stored under the id goes again if the current transaction does not commit. */
    public void unlessCommitted(String id) {
        AfterCommit.unlessCommitted(() -> delete(id));
    }

    /** The content under the id goes once the current transaction commits. */
    public void onceCommitted(String id) {
        AfterCommit.run(() -> delete(id));
    }

    /** The content under the id goes now: nothing refers to it (a file refused after it was stored). */
    public void delete(String id) {
        try {
            store.delete(id);
        } catch (IOException | RuntimeException e) {
            // the row is already gone, so the content is unreachable; it only takes space
            log.warn("Could not delete the content of file {} from the file store", id, e);
        }
    }
}

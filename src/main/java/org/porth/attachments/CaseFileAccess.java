package org.porth.attachments;

import org.porth.attachments.StoredFiles.StoredFile;

/**
 * Staff reach a file sent with a request or a message exactly when they may read that request's
 * case, and each time they read one it is recorded as a read of the case. Casework decides both and
 * implements this (apply cannot ask casework itself: casework depends on apply).
 */
public interface CaseFileAccess {

    /** Whether the signed-in officer may read the case; false, too, when there is no such case. */
    boolean mayRead(String caseReference);

    /** Records that the signed-in officer, who may read the case, read one of its files. */
    void recordRead(String caseReference, StoredFile file, FileUse use);
}

package org.porth.apply;

import org.porth.apply.StoredFiles.StoredFile;
import org.porth.identity.SignedInUser;

/**
 * Who may see (download) an uploaded file. Porth's own rule: the person who uploaded it, and staff.
 * Casework will narrow staff to the team that holds the case: it provides its own bean of this
 * type, marked {@code @Primary}.
 */
public interface FileAccessPolicy {

    /**
     * @param uploadedBy the {@link SignedInUser#id()} of the person who uploaded the file
     */
    boolean maySee(SignedInUser person, StoredFile file, String uploadedBy);
}

package org.porth.apply.internal.files;

import org.porth.apply.FileAccessPolicy;
import org.porth.apply.StoredFiles.StoredFile;
import org.porth.identity.SignedInUser;
import org.springframework.stereotype.Component;

/** Until casework narrows it to the case's team: the person who uploaded a file, and any staff. */
@Component
class OwnerOrStaffAccess implements FileAccessPolicy {

    @Override
    public boolean maySee(SignedInUser person, StoredFile file, String uploadedBy) {
        // staff: caseworkers, supervisors and administrators (Role.isStaff)
        return person.id().equals(uploadedBy) || person.isStaff();
    }
}

package org.porth.casework.internal;

import org.porth.attachments.CaseFileAccess;
import org.porth.attachments.FileUse;
import org.porth.attachments.StoredFiles.StoredFile;
import org.springframework.stereotype.Component;

/**
 * Staff reach a case's files exactly as they reach the case ({@link CaseAccess}: the teams that work
 * its queue), and every download or preview is in the case's audit log, as reading the case is.
 */
@Component
class CaseFileReads implements CaseFileAccess {

    private final CaseAccess access;
    private final AuditLog audit;

    CaseFileReads(CaseAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
    }

    @Override
    public boolean mayRead(String caseReference) {
        return access.readable(caseReference).isPresent();
    }

    @Override
    public void recordRead(String caseReference, StoredFile file, FileUse use) {
        ServiceCase read = access.staffCase(caseReference);
        String action = switch (use) {
            case DOWNLOAD -> "FILE_DOWNLOADED";
            case PREVIEW -> "FILE_PREVIEWED";
        };
        audit.record(read, access.officer(), action, AuditLog.FILE_LINK, file.name());
    }
}

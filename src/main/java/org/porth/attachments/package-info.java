/**
 * Files residents and staff upload: kept in a file store under a random id, checked by their
 * content, previewed safely, downloaded only by those who may, with limits per person and per hour
 * (docs/decisions/0025-file-limits-and-access.md); {@code ui} is the upload that forms and messages
 * add them with (decision 28). Used by apply, tracking and casework; who may read a sent file is the
 * case's to say ({@link org.porth.attachments.CaseFileAccess}).
 */
@ApplicationModule(displayName = "Attachments", allowedDependencies = {"catalogue", "identity", "shared", "shell"})
package org.porth.attachments;

import org.springframework.modulith.ApplicationModule;

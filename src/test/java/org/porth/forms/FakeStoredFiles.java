package org.porth.forms;

import java.util.Map;
import java.util.Optional;

import org.porth.attachments.StoredFiles;

/** Files uploaded for the test draft, and one uploaded for someone else's draft. */
final class FakeStoredFiles implements StoredFiles {

    static final StoredFile PHOTO = new StoredFile("f-photo", "pothole.jpg", "image/jpeg", 1000, "ab", Forms.DRAFT);
    static final StoredFile LETTER = new StoredFile("f-letter", "letter.pdf", "application/pdf", 2000, "cd", Forms.DRAFT);
    static final StoredFile PLAN = new StoredFile("f-plan", "plan.png", "image/png", 3000, "ef", Forms.DRAFT);
    static final StoredFile RECEIPT = new StoredFile("f-receipt", "receipt.pdf", "application/pdf", 500, "9a", Forms.DRAFT);
    static final StoredFile OTHER_DRAFT = new StoredFile("f-other", "theirs.jpg", "image/jpeg", 1000, "01", "draft-2");

    private final Map<String, StoredFile> files;

    private FakeStoredFiles(Map<String, StoredFile> files) {
        this.files = files;
    }

    static FakeStoredFiles withSomeFiles() {
        return new FakeStoredFiles(Map.of(PHOTO.id(), PHOTO, LETTER.id(), LETTER, PLAN.id(), PLAN, RECEIPT.id(), RECEIPT,
                OTHER_DRAFT.id(), OTHER_DRAFT));
    }

    @Override
    public Optional<StoredFile> find(String fileId) {
        return Optional.ofNullable(files.get(fileId));
    }
}

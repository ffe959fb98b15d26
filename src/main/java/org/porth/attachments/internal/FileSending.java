package org.porth.attachments.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.porth.attachments.StoredFiles.StoredFile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files leave their slot once: sent with a draft's request or with a message, they belong to that
 * case for good (staff reach them as they reach the case); deleted with the draft they waited in, or
 * when the request is sent without them.
 */
@Component
public class FileSending {

    /** The key of a file answer's values, as the form engine keeps them (one stored file id each). */

    private final StoredFileRecords records;
    private final FileRemoval removal;
    private final Clock clock;

    FileSending(StoredFileRecords records, FileRemoval removal, Clock clock) {
        this.records = records;
        this.removal = removal;
        this.clock = clock;
    }

    /**
     * The draft is submitted as the request with this reference: the files its answers name go with
     * it; the rest (uploaded, then left out of the answers) were never sent, and are deleted.
     */
    @Transactional
    public void sendWithRequest(String draftId, Set<String> answered, String reference) {
        Instant now = clock.instant();
        for (StoredFileRecord file : records.findByDraftId(draftId)) {
            if (answered.contains(file.id())) {
                file.send(reference, now);
            } else if (!file.isSent()) {
                delete(file);
            }
        }
    }

    /**
     * The person's files added to a message about the case, sent with it; empty, sending none, when
     * any id is not such a file of theirs (another's, sent already, or for another case).
     */
    @Transactional
    public Optional<List<StoredFile>> sendWithMessage(String uploadedBy, String reference, List<String> fileIds) {
        List<StoredFileRecord> files = new ArrayList<>();
        for (String id : fileIds.stream().distinct().toList()) {
            Optional<StoredFileRecord> file = records.findById(id)
                    .filter(found -> found.uploadedBy().equals(uploadedBy) && found.waitsForMessageAbout(reference));
            if (file.isEmpty()) {
                return Optional.empty();
            }
            files.add(file.get());
        }
        Instant now = clock.instant();
        files.forEach(file -> file.send(reference, now));
        return Optional.of(files.stream().map(StoredFileRecord::file).toList());
    }

    /** Every file of a draft that was never submitted; how many went. */
    @Transactional
    public int deleteForDraft(String draftId) {
        List<StoredFileRecord> files = records.findByDraftId(draftId).stream().filter(file -> !file.isSent()).toList();
        files.forEach(this::delete);
        return files.size();
    }

    /** Deletes the row, and the content once that is committed. */
    public void delete(StoredFileRecord file) {
        records.delete(file);
        removal.onceCommitted(file.id());
    }
}

package org.porth.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.porth.attachments.internal.FileIntake;
import org.porth.attachments.internal.FileSending;
import org.porth.attachments.internal.StoredFileRecord;
import org.porth.attachments.internal.StoredFileRecords;
import org.porth.catalogue.UploadLimits;
import org.porth.identity.CurrentUser;
import org.porth.identity.SignedInUser;
import org.porth.identity.SystemTask;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files residents (and staff on their behalf) upload with a form or a message: checked by their
 * content against the question's limits and the uploader's allowance, kept in the {@link FileStore}
 * under a random id with their checksum here, and given back only to the person who uploaded them
 * and, once sent, to the staff who may read the case they were sent to ({@link CaseFileAccess}),
 * which records each staff read. A refused file is never kept. Decision 0025.
 */
@Service
public class Attachments implements StoredFiles {

    // an API client uploads for the requests it sends (channels)
    private static final String UPLOADERS =
            "hasAnyRole('RESIDENT', 'CASEWORKER', 'SUPERVISOR', 'ADMIN') or hasAuthority('SCOPE_requests:write')";
    private static final Pattern FILE_ID = Pattern.compile("[0-9a-f]{32}");

    private final FileStore store;
    private final StoredFileRecords records;
    private final FileIntake intake;
    private final FileSending sending;
    private final CaseFileAccess cases;
    private final CurrentUser currentUser;

    Attachments(FileStore store, StoredFileRecords records, FileIntake intake, FileSending sending, CaseFileAccess cases,
            CurrentUser currentUser) {
        this.store = store;
        this.records = records;
        this.intake = intake;
        this.sending = sending;
        this.cases = cases;
        this.currentUser = currentUser;
    }

    /** See {@link #upload(UploadSlot, String, InputStream, UploadLimits)}. */
    @PreAuthorize(UPLOADERS)
    public UploadResult upload(UploadSlot slot, String fileName, byte[] content, UploadLimits limits) {
        return upload(slot, fileName, new ByteArrayInputStream(content), limits);
    }

    /**
     * Checks and keeps one file in a slot: refused when the slot has its most files already, when
     * the uploader (a resident) has stored or uploaded this hour as much as one person may, when it is
     * empty, not one of the allowed types (by its first bytes), bigger than the limit, or a picture of
     * more pixels than Porth takes. The caller closes the content.
     *
     * @param fileName the name the resident's device gave, shown (made safe) but never trusted
     * @throws UncheckedIOException when the content cannot be read (the upload broke off) or stored
     */
    @PreAuthorize(UPLOADERS)
    public UploadResult upload(UploadSlot slot, String fileName, InputStream content, UploadLimits limits) {
        try {
            return intake.take(me(), slot, fileName, content, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The signed-in person's files waiting in the slot, oldest first: what a page shows again after a reload. */
    @PreAuthorize(UPLOADERS)
    @Transactional(readOnly = true)
    public List<StoredFile> waiting(UploadSlot slot) {
        return intake.waiting(me(), slot);
    }

    /** The file's details, if the signed-in person may see it. */
    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<StoredFile> find(String fileId) {
        return visible(fileId).map(StoredFileRecord::file);
    }

    /**
     * The file's details, if the signed-in person may see it, for reading its content; staff reading
     * a case's file is recorded as a read of the case.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<StoredFile> read(String fileId, FileUse use) {
        SignedInUser me = me();
        Optional<StoredFileRecord> record = visible(fileId);
        record.filter(file -> file.isSent() && me.isStaff())
                .ifPresent(file -> cases.recordRead(file.caseReference(), file.file(), use));
        return record.map(StoredFileRecord::file);
    }

    /** The file with its content, if the signed-in person may see it (recorded as {@link #read}); the caller closes it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<FileDownload> open(String fileId) {
        Optional<StoredFile> file = read(fileId, FileUse.DOWNLOAD);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return store.open(fileId).map(content -> new FileDownload(file.get(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The person who uploaded a file takes it off their form or message; true if it was theirs, not yet sent, and is gone. */
    @PreAuthorize(UPLOADERS)
    @Transactional
    public boolean remove(String fileId) {
        String me = me().id();
        Optional<StoredFileRecord> record = record(fileId).filter(file -> file.uploadedBy().equals(me) && !file.isSent());
        record.ifPresent(sending::delete);
        return record.isPresent();
    }

    /**
     * Sends the signed-in person's files added to a message about the case with it; empty, sending
     * none, when any of them is not such a file (another's, sent already, or for another case).
     */
    @PreAuthorize(UPLOADERS)
    @Transactional
    public Optional<List<StoredFile>> sendWithMessage(String caseReference, List<String> fileIds) {
        return sending.sendWithMessage(me().id(), caseReference, fileIds);
    }

    /**
     * The draft is submitted as the request with this reference, in the caller's transaction: the
     * files named go with it, the draft's others were left out of its answers and are deleted.
     */
    @PreAuthorize(UPLOADERS + " or hasAnyAuthority('SCOPE_open311', '" + SystemTask.DEVICE_SIGNALS_AUTHORITY + "')")
    @Transactional
    public void sendWithRequest(String draftId, Set<String> fileIds, String reference) {
        sending.sendWithRequest(draftId, fileIds, reference);
    }

    /**
     * Deletes every file of a draft that was never submitted (a submitted request keeps its files).
     * For the drafts purge, which runs with nobody signed in; returns how many files went.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public int deleteForDraft(String draftId) {
        return sending.deleteForDraft(draftId);
    }

    /**
     * The uploader sees their file; once it is sent, staff see it exactly when they may read its case
     * (a file of a case they may not read is as missing as one that does not exist).
     */
    private Optional<StoredFileRecord> visible(String fileId) {
        SignedInUser me = me();
        return record(fileId).filter(file -> file.isSent() && me.isStaff()
                ? cases.mayRead(file.caseReference())
                : file.uploadedBy().equals(me.id()));
    }

    private Optional<StoredFileRecord> record(String fileId) {
        return fileId != null && FILE_ID.matcher(fileId).matches() ? records.findById(fileId) : Optional.empty();
    }

    private SignedInUser me() {
        return currentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }
}

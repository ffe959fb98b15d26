package org.porth.apply;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.porth.apply.UploadResult.Reason;
import org.porth.apply.UploadResult.Rejected;
import org.porth.apply.internal.files.CheckedContent;
import org.porth.apply.internal.files.ContentSniffer;
import org.porth.apply.internal.files.DisplayNames;
import org.porth.apply.internal.files.FileRemoval;
import org.porth.apply.internal.files.RejectionTexts;
import org.porth.apply.internal.files.StoredFileRecord;
import org.porth.apply.internal.files.StoredFileRecords;
import org.porth.catalogue.UploadLimits;
import org.porth.catalogue.UploadLimits.FileType;
import org.porth.identity.CurrentUser;
import org.porth.identity.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files residents (and staff on their behalf) upload with a form: checked by their content against
 * the question's limits, kept in the {@link FileStore} under a random id with their checksum here,
 * and given back only to the people the {@link FileAccessPolicy} allows. A refused file is never kept.
 */
@Service
public class Attachments implements StoredFiles {

    private static final String UPLOADERS = "hasAnyRole('RESIDENT', 'CASEWORKER', 'SUPERVISOR', 'ADMIN')";
    private static final Pattern FILE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FileStore store;
    private final StoredFileRecords records;
    private final FileAccessPolicy access;
    private final FileRemoval removal;
    private final CurrentUser currentUser;
    private final Clock clock;

    Attachments(FileStore store, StoredFileRecords records, FileAccessPolicy access, FileRemoval removal,
            CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.records = records;
        this.access = access;
        this.removal = removal;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** See {@link #upload(String, String, InputStream, UploadLimits, int)}. */
    @PreAuthorize(UPLOADERS)
    @Transactional
    public UploadResult upload(String draftId, String fileName, byte[] content, UploadLimits limits,
            int filesAlreadyAttached) {
        return store(draftId, fileName, new ByteArrayInputStream(content), limits, filesAlreadyAttached);
    }

    /**
     * Checks and keeps one file for a draft: refused when the question has its most files already,
     * when it is empty, not one of the allowed types (by its first bytes), or bigger than the limit.
     * The caller closes the content.
     *
     * @param fileName the name the resident's device gave, shown (made safe) but never trusted
     * @throws UncheckedIOException when the content cannot be read (the upload broke off) or stored
     */
    @PreAuthorize(UPLOADERS)
    @Transactional
    public UploadResult upload(String draftId, String fileName, InputStream content, UploadLimits limits,
            int filesAlreadyAttached) {
        return store(draftId, fileName, content, limits, filesAlreadyAttached);
    }

    /** The file's details, if the signed-in person may see it. */
    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<StoredFile> find(String fileId) {
        return visible(fileId).map(StoredFileRecord::file);
    }

    /** The file with its content, if the signed-in person may see it; the caller closes it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<FileDownload> open(String fileId) {
        Optional<StoredFileRecord> record = visible(fileId);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        try {
            return store.open(fileId).map(content -> new FileDownload(record.get().file(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The person who uploaded a file takes it off their form; true if it was theirs and is gone. */
    @PreAuthorize(UPLOADERS)
    @Transactional
    public boolean remove(String fileId) {
        String me = me().id();
        Optional<StoredFileRecord> record = record(fileId).filter(file -> file.uploadedBy().equals(me));
        record.ifPresent(this::delete);
        return record.isPresent();
    }

    /**
     * Deletes every file of a draft that was never submitted (a submitted request keeps its files).
     * For the drafts purge, which runs with nobody signed in; returns how many files went.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public int deleteForDraft(String draftId) {
        List<StoredFileRecord> files = records.findByDraftId(draftId);
        files.forEach(this::delete);
        return files.size();
    }

    private UploadResult store(String draftId, String fileName, InputStream content, UploadLimits limits,
            int filesAlreadyAttached) {
        String shownName = DisplayNames.of(fileName);
        if (filesAlreadyAttached >= limits.maxFiles()) {
            return new Rejected(Reason.TOO_MANY, RejectionTexts.tooMany(limits.maxFiles()));
        }
        try {
            PushbackInputStream stream = new PushbackInputStream(content, ContentSniffer.HEAD_LENGTH);
            byte[] head = stream.readNBytes(ContentSniffer.HEAD_LENGTH);
            if (head.length == 0) {
                return new Rejected(Reason.EMPTY, RejectionTexts.empty(shownName));
            }
            Optional<FileType> type = ContentSniffer.sniff(head).filter(limits.types()::contains);
            if (type.isEmpty()) {
                return new Rejected(Reason.WRONG_TYPE, RejectionTexts.wrongType(shownName, limits.types()));
            }
            stream.unread(head);
            return keep(draftId, shownName, type.get(), stream, limits.maxBytesPerFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UploadResult keep(String draftId, String shownName, FileType type, InputStream content, long mostBytes)
            throws IOException {
        String id = newId();
        CheckedContent checked = new CheckedContent(content, mostBytes);
        try {
            store.put(id, checked);
        } catch (IOException e) {
            if (checked.isTooBig()) {
                return new Rejected(Reason.TOO_BIG, RejectionTexts.tooBig(shownName, mostBytes));
            }
            throw e;
        }
        removal.unlessCommitted(id);
        StoredFile file = new StoredFile(id, DisplayNames.of(shownName, type), type.mediaType(), checked.size(), checked.sha256(), draftId);
        records.save(new StoredFileRecord(file, me().id(), clock.instant()));
        return new UploadResult.Stored(file);
    }

    private void delete(StoredFileRecord record) {
        records.delete(record);
        removal.onceCommitted(record.id());
    }

    private Optional<StoredFileRecord> visible(String fileId) {
        SignedInUser me = me();
        return record(fileId).filter(record -> access.maySee(me, record.file(), record.uploadedBy()));
    }

    private Optional<StoredFileRecord> record(String fileId) {
        return fileId != null && FILE_ID.matcher(fileId).matches() ? records.findById(fileId) : Optional.empty();
    }

    private SignedInUser me() {
        return currentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    /** 128 random bits in hex: unguessable, and safe in a path or URL. */
    private static String newId() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }
}

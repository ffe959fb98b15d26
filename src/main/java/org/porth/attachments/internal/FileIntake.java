package org.porth.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.porth.attachments.FileStore;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.UploadResult;
import org.porth.attachments.UploadResult.Reason;
import org.porth.attachments.UploadResult.Rejected;
import org.porth.attachments.UploadSlot;
import org.porth.catalogue.UploadLimits;
import org.porth.catalogue.UploadLimits.FileType;
import org.porth.identity.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in one upload, cheapest check first: room in the slot and the person's allowance before
 * anything is read; the type from the first bytes; the size while it streams into the store, outside
 * any transaction; a picture's pixels from its header; then room again, counted under the person's
 * lock in the transaction that saves its row. A refused file leaves nothing behind.
 */
@Component
public class FileIntake {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FileStore store;
    private final StoredFileRecords records;
    private final UploadAllowance allowance;
    private final FileRemoval removal;
    private final TransactionTemplate transaction;
    private final long mostImagePixels;
    private final Clock clock;

    FileIntake(FileStore store, StoredFileRecords records, UploadAllowance allowance, FileRemoval removal,
            PlatformTransactionManager transactions, FilesProperties properties, Clock clock) {
        this.store = store;
        this.records = records;
        this.allowance = allowance;
        this.removal = removal;
        this.transaction = new TransactionTemplate(transactions);
        this.mostImagePixels = properties.mostImagePixels();
        this.clock = clock;
    }

    /** The caller closes the content. */
    public UploadResult take(SignedInUser uploader, UploadSlot slot, String fileName, InputStream content,
            UploadLimits limits) throws IOException {
        String shownName = DisplayNames.of(fileName);
        Optional<Rejected> noRoom = allowance.refusalBefore(uploader, slot, limits, shownName);
        if (noRoom.isPresent()) {
            return noRoom.get();
        }
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
        String id = newId();
        CheckedContent checked = new CheckedContent(stream, limits.maxBytesPerFile());
        try {
            store.put(id, checked);
        } catch (IOException e) {
            if (checked.isTooBig()) {
                return new Rejected(Reason.TOO_BIG, RejectionTexts.tooBig(shownName, limits.maxBytesPerFile()));
            }
            throw e;
        }
        StoredFile file = new StoredFile(id, DisplayNames.of(shownName, type.get()), type.get().mediaType(),
                checked.size(), checked.sha256(), slot instanceof UploadSlot.Question question ? question.draftId() : null);
        UploadResult result = null;
        try {
            Optional<Rejected> picture = pictureRefusal(file, type.get());
            result = picture.isPresent() ? picture.get() : keep(uploader, slot, limits, file);
            return result;
        } finally {
            // kept, its content goes only if the transaction that saved its row does not commit
            if (!(result instanceof UploadResult.Stored)) {
                removal.delete(id);
            }
        }
    }

    /** The signed-in person's files waiting in the slot, oldest first. */
    public List<StoredFile> waiting(SignedInUser uploader, UploadSlot slot) {
        return allowance.waitingIn(slot, uploader).stream().filter(record -> record.uploadedBy().equals(uploader.id()))
                .map(StoredFileRecord::file).toList();
    }

    private Optional<Rejected> pictureRefusal(StoredFile file, FileType type) throws IOException {
        if (!PictureSize.isRead(type)) {
            return Optional.empty();
        }
        OptionalLong pixels;
        try (InputStream picture = store.open(file.id()).orElseThrow(() -> new IOException("Stored " + file.id() + " is gone"))) {
            pixels = PictureSize.pixels(picture, type);
        }
        if (pixels.isEmpty()) {
            return Optional.of(new Rejected(Reason.DAMAGED, RejectionTexts.damaged(file.name())));
        }
        if (pixels.getAsLong() > mostImagePixels) {
            return Optional.of(new Rejected(Reason.TOO_MANY_PIXELS, RejectionTexts.tooManyPixels(file.name(), mostImagePixels)));
        }
        return Optional.empty();
    }

    private UploadResult keep(SignedInUser uploader, UploadSlot slot, UploadLimits limits, StoredFile file) {
        return transaction.execute(status -> {
            removal.unlessCommitted(file.id());
            Optional<Rejected> refused = allowance.take(uploader, slot, limits, file.name(), file.size());
            if (refused.isPresent()) {
                return refused.get();
            }
            records.save(new StoredFileRecord(file, slot, uploader.id(), clock.instant()));
            return new UploadResult.Stored(file);
        });
    }

    /** 128 random bits in hex: unguessable, and safe in a path or URL. */
    private static String newId() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }
}

package org.porth.attachments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.porth.attachments.UploadResult.Reason;
import org.porth.attachments.UploadResult.Rejected;
import org.porth.attachments.UploadSlot;
import org.porth.catalogue.UploadLimits;
import org.porth.identity.Role;
import org.porth.identity.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether one more file may be kept: room in its slot (the question's most files, or a message's),
 * and for a resident room in what one person may keep and upload in an hour. A person's uploads take
 * their row of {@code file_allowance} one at a time while they are counted, so the limits hold
 * however many arrive at once (decision 0025).
 */
@Component
class UploadAllowance {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcClient jdbc;
    private final StoredFileRecords records;
    private final FilesProperties.Resident limits;
    private final Clock clock;

    UploadAllowance(JdbcClient jdbc, StoredFileRecords records, FilesProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.limits = properties.resident();
        this.clock = clock;
    }

    /** Before anything of a file is read: refused at once when there is no room even for a small one. */
    @Transactional(readOnly = true)
    public Optional<Rejected> refusalBefore(SignedInUser uploader, UploadSlot slot, UploadLimits slotLimits, String fileName) {
        Hour hour = jdbc.sql("select hour_started_at, files_this_hour, bytes_this_hour from file_allowance where uploaded_by = ?")
                .param(uploader.id()).query(UploadAllowance::hour).optional()
                .orElseGet(() -> Hour.starting(clock.instant()));
        return refusal(uploader, slot, slotLimits, fileName, 1, hour.asAt(clock.instant()));
    }

    /**
     * Takes room for a file of this size, or says why there is none. The person's row stays locked
     * until the caller's transaction ends, so the file's row must be saved in it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Rejected> take(SignedInUser uploader, UploadSlot slot, UploadLimits slotLimits, String fileName, long size) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into file_allowance (uploaded_by, hour_started_at, files_this_hour, bytes_this_hour)
                values (?, ?, 0, 0) on conflict do nothing""").params(uploader.id(), Timestamp.from(now)).update();
        Hour hour = jdbc.sql("""
                select hour_started_at, files_this_hour, bytes_this_hour from file_allowance
                where uploaded_by = ? for update""").param(uploader.id()).query(UploadAllowance::hour).single().asAt(now);
        Optional<Rejected> refused = refusal(uploader, slot, slotLimits, fileName, size, hour);
        if (refused.isEmpty()) {
            jdbc.sql("""
                    update file_allowance set hour_started_at = ?, files_this_hour = ?, bytes_this_hour = ?
                    where uploaded_by = ?""")
                    .params(Timestamp.from(hour.startedAt()), hour.files() + 1, hour.bytes() + size, uploader.id()).update();
        }
        return refused;
    }

    /** @param fileName as shown, named in the refusal when the slot is full */
    private Optional<Rejected> refusal(SignedInUser uploader, UploadSlot slot, UploadLimits slotLimits, String fileName,
            long size, Hour hour) {
        if (waitingIn(slot, uploader).size() >= slotLimits.maxFiles()) {
            return Optional.of(new Rejected(Reason.TOO_MANY, RejectionTexts.tooMany(fileName, slotLimits.maxFiles())));
        }
        if (!uploader.has(Role.RESIDENT)) {
            return Optional.empty();
        }
        if (hour.files() + 1 > limits.mostFilesPerHour() || hour.bytes() + size > limits.mostPerHour().toBytes()) {
            String again = LocalTime.ofInstant(hour.startedAt().plus(HOUR), clock.getZone()).format(TIME);
            return Optional.of(new Rejected(Reason.HOURLY_LIMIT, RejectionTexts.hourlyLimit(again)));
        }
        if (records.bytesKeptBy(uploader.id()) + size > limits.mostStored().toBytes()) {
            return Optional.of(new Rejected(Reason.STORAGE_FULL, RejectionTexts.storageFull(limits.mostStored().toBytes())));
        }
        return Optional.empty();
    }

    /** The files waiting in the slot: they count against its most files. */
    List<StoredFileRecord> waitingIn(UploadSlot slot, SignedInUser uploader) {
        return switch (slot) {
            case UploadSlot.Question question -> records.waitingInQuestion(question.draftId(), question.questionId());
            case UploadSlot.Message message -> records.waitingForMessage(message.caseReference(), uploader.id());
        };
    }

    private static Hour hour(ResultSet row, int number) throws SQLException {
        return new Hour(row.getTimestamp("hour_started_at").toInstant(), row.getInt("files_this_hour"),
                row.getLong("bytes_this_hour"));
    }

    /** What the person uploaded in the hour that started at {@code startedAt}. */
    private record Hour(Instant startedAt, int files, long bytes) {

        static Hour starting(Instant at) {
            return new Hour(at, 0, 0);
        }

        /** The same hour, or a new one if it is over. */
        Hour asAt(Instant now) {
            return now.isBefore(startedAt.plus(HOUR)) ? this : starting(now);
        }
    }
}

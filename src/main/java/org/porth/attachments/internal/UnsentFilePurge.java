package org.porth.attachments.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.porth.shared.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes files added to a message that was never sent, {@code porth.files.unsent-kept-for} after
 * they were uploaded (a draft's files go with the draft instead). Every node runs it; one at a time
 * acts ({@link JobLock}, decision 0009), a page of files to a transaction.
 */
@Component
public class UnsentFilePurge {

    static final String JOB = "unsent-file-purge";
    private static final int PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(UnsentFilePurge.class);

    private final StoredFileRecords records;
    private final FileSending sending;
    private final JobLock lock;
    private final TransactionTemplate transactions;
    private final Duration keptFor;
    private final Clock clock;

    UnsentFilePurge(StoredFileRecords records, FileSending sending, JobLock lock, PlatformTransactionManager transactionManager,
            FilesProperties properties, Clock clock) {
        this.records = records;
        this.sending = sending;
        this.lock = lock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.keptFor = properties.unsentKeptFor();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${porth.files.purge-interval:1h}", initialDelayString = "${porth.files.purge-interval:1h}")
    public void run() {
        int deleted = runOnce(clock.instant());
        if (deleted > 0) {
            log.info("Deleted {} files added to messages that were never sent", deleted);
        }
    }

    /** One run as at {@code now}; how many files it deleted. */
    public int runOnce(Instant now) {
        int deleted = 0;
        while (true) {
            Optional<Integer> page = transactions.execute(status -> {
                if (!lock.tryTake(JOB)) {
                    return Optional.<Integer>empty();
                }
                List<StoredFileRecord> unsent = records.unsentMessageFiles(now.minus(keptFor), Limit.of(PAGE));
                unsent.forEach(sending::delete);
                return Optional.of(unsent.size());
            });
            if (page.isEmpty()) {
                log.debug("Another node is deleting unsent files");
                return deleted;
            }
            deleted += page.get();
            if (page.get() < PAGE) {
                return deleted;
            }
        }
    }
}

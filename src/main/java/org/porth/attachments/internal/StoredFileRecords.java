package org.porth.attachments.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StoredFileRecords extends JpaRepository<StoredFileRecord, String> {

    List<StoredFileRecord> findByDraftId(String draftId);

    /** The files waiting in a draft's question, oldest first. */
    @Query("""
            select f from StoredFileRecord f
            where f.draftId = :draftId and f.questionId = :questionId and f.sentAt is null
            order by f.uploadedAt, f.id""")
    List<StoredFileRecord> waitingInQuestion(String draftId, String questionId);

    /** The files someone added to a message about a case and has not sent yet, oldest first. */
    @Query("""
            select f from StoredFileRecord f
            where f.draftId is null and f.caseReference = :reference and f.uploadedBy = :uploadedBy and f.sentAt is null
            order by f.uploadedAt, f.id""")
    List<StoredFileRecord> waitingForMessage(String reference, String uploadedBy);

    /** Everything one person keeps, in bytes. */
    @Query("select coalesce(sum(f.size), 0) from StoredFileRecord f where f.uploadedBy = :uploadedBy")
    long bytesKeptBy(String uploadedBy);

    /** Files added to a message before the time given and never sent. */
    @Query("""
            select f from StoredFileRecord f
            where f.sentAt is null and f.draftId is null and f.uploadedAt < :before
            order by f.uploadedAt""")
    List<StoredFileRecord> unsentMessageFiles(Instant before, Limit limit);
}

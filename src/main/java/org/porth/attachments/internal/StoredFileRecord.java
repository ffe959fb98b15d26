package org.porth.attachments.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.UploadSlot;

/**
 * What Porth knows about an uploaded file; its content is in the file store under the same id. It
 * waits in its slot (a draft's question, or a message about a case) until it is sent with a request
 * or a message: then it belongs to that case for good.
 */
@Entity
@Table(name = "stored_file")
public class StoredFileRecord {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    /** The draft the file was uploaded for; null for a message's file. */
    @Column(name = "draft_id", length = 64)
    private String draftId;

    @Column(name = "question_id", length = 100)
    private String questionId;

    /** The case the file was sent to, or (for a message's file) the case the message is about. */
    @Column(name = "case_reference", length = 13)
    private String caseReference;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "name", length = 255, nullable = false)
    private String name;

    @Column(name = "media_type", length = 100, nullable = false)
    private String mediaType;

    @Column(name = "size", nullable = false)
    private long size;

    @Column(name = "sha256", length = 64, nullable = false)
    private String sha256;

    @Column(name = "uploaded_by", length = 300, nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected StoredFileRecord() {
    }

    public StoredFileRecord(StoredFile file, UploadSlot slot, String uploadedBy, Instant uploadedAt) {
        this.id = file.id();
        this.name = file.name();
        this.mediaType = file.mediaType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        switch (slot) {
            case UploadSlot.Question question -> {
                this.draftId = question.draftId();
                this.questionId = question.questionId();
            }
            case UploadSlot.Message message -> this.caseReference = message.caseReference();
        }
    }

    public StoredFile file() {
        return new StoredFile(id, name, mediaType, size, sha256, draftId);
    }

    public String id() {
        return id;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    /** The case a sent file belongs to. */
    public String caseReference() {
        return caseReference;
    }

    /** Sent with the request or message of the case: from now on it is that case's file. */
    void send(String reference, Instant at) {
        this.caseReference = reference;
        this.sentAt = at;
    }

    /** Whether it still waits to be sent with a message about this case. */
    boolean waitsForMessageAbout(String reference) {
        return sentAt == null && draftId == null && reference.equals(caseReference);
    }
}

package org.porth.apply.internal.files;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.porth.apply.StoredFiles.StoredFile;

/** What Porth knows about an uploaded file; its content is in the file store under the same id. */
@Entity
@Table(name = "stored_file")
public class StoredFileRecord {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "draft_id", length = 64, nullable = false)
    private String draftId;

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

    public StoredFileRecord(StoredFile file, String uploadedBy, Instant uploadedAt) {
        this.id = file.id();
        this.draftId = file.draftId();
        this.name = file.name();
        this.mediaType = file.mediaType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
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
}

package org.porth.casework.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.porth.casework.TimelineKind;
import org.porth.shared.InsertedWhenNew;

/** One thing that happened to a case; only entries marked so are ever shown to the resident. */
@Entity
@Table(name = "case_timeline")
public class TimelineEntry extends InsertedWhenNew<String> {

    @Id
    private String id;
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "happened_at")
    private Instant happenedAt;
    @Enumerated(EnumType.STRING)
    private TimelineKind kind;
    @Column(name = "visible_to_resident")
    private boolean visibleToResident;
    private String actor;
    private String subject;
    private String detail;

    protected TimelineEntry() {
    }

    TimelineEntry(String caseId, Instant happenedAt, TimelineKind kind, boolean visibleToResident, String actor,
            String subject, String detail) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.happenedAt = happenedAt;
        this.kind = kind;
        this.visibleToResident = visibleToResident;
        this.actor = actor;
        this.subject = subject;
        this.detail = detail;
    }

    @Override
    public String getId() {
        return id;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public TimelineKind kind() {
        return kind;
    }

    public boolean visibleToResident() {
        return visibleToResident;
    }

    public String actor() {
        return actor;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }
}

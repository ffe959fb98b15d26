package org.porth.casework.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One staff read of a case or change to it. Never updated or deleted (Hibernate is told so too). */
@Entity
@Immutable
@Table(name = "case_audit")
public class AuditEntry {

    @Id
    private String id;
    @Column(name = "case_id")
    private String caseId;
    private Instant at;
    @Column(name = "staff_id")
    private String staffId;
    private String action;
    private String screen;
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(String caseId, Instant at, String staffId, String action, String screen, String detail) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.at = at;
        this.staffId = staffId;
        this.action = action;
        this.screen = screen;
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    public String staffId() {
        return staffId;
    }

    public String action() {
        return action;
    }

    public String screen() {
        return screen;
    }

    public String detail() {
        return detail;
    }
}

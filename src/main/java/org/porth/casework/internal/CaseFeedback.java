package org.porth.casework.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The resident's answer to "Did this solve your problem?" for one outcome, kept so outcomes are measured. */
@Entity
@Table(name = "case_feedback")
public class CaseFeedback {

    @Id
    private String id;
    @Column(name = "case_id")
    private String caseId;
    private String outcome;
    @Column(name = "outcome_at")
    private Instant outcomeAt;
    private boolean solved;
    private String comment;
    @Column(name = "given_at")
    private Instant givenAt;
    private boolean reopened;

    protected CaseFeedback() {
    }

    public CaseFeedback(ServiceCase about, boolean solved, String comment, Instant givenAt, boolean reopened) {
        this.id = UUID.randomUUID().toString();
        this.caseId = about.id();
        this.outcome = about.outcome().name();
        this.outcomeAt = about.outcomeAt();
        this.solved = solved;
        this.comment = comment;
        this.givenAt = givenAt;
        this.reopened = reopened;
    }

    public boolean solved() {
        return solved;
    }

    public Instant outcomeAt() {
        return outcomeAt;
    }

    public boolean reopened() {
        return reopened;
    }
}

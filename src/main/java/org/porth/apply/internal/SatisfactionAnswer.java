package org.porth.apply.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** A resident's answer to the satisfaction question about one request. Never changed once stored. */
@Entity
@Table(name = "satisfaction_answer")
public class SatisfactionAnswer implements Persistable<String> {

    @Id
    private String reference;

    @Column(name = "service_id", nullable = false)
    private String serviceId;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "comment", length = 500)
    private String comment;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    // always inserted, never merged: a second answer for the reference breaks the key instead
    @Transient
    private boolean stored;

    protected SatisfactionAnswer() {
        stored = true;
    }

    public SatisfactionAnswer(String reference, String serviceId, int score, String comment, Instant answeredAt) {
        this.reference = reference;
        this.serviceId = serviceId;
        this.score = score;
        this.comment = comment;
        this.answeredAt = answeredAt;
    }

    @Override
    public String getId() {
        return reference;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    public int score() {
        return score;
    }

    public String comment() {
        return comment;
    }
}

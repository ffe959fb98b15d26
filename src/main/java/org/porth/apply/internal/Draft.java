package org.porth.apply.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.porth.catalogue.Channel;
import org.porth.forms.Answers;
import org.porth.forms.AnswersJson;

/** A form in progress, saved on every Continue. */
@Entity
@Table(name = "application_draft")
public class Draft {

    @Id
    private String id;

    @Column(name = "resident_id", nullable = false)
    private String residentId;

    @Column(name = "service_id", nullable = false)
    private String serviceId;

    @Column(name = "service_version", nullable = false)
    private int serviceVersion;

    @Column(name = "answers", nullable = false, length = 1_000_000)
    private String answers;

    @Column(name = "share_decisions", nullable = false, length = 100_000)
    private String shareDecisions;

    @Column(name = "resume_page", length = 100)
    private String resumePage;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Channel channel;

    @Column(name = "officer_id")
    private String officerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Version
    private long version;

    @Transient
    private boolean sentComplete;

    protected Draft() {
    }

    public Draft(String residentId, String serviceId, int serviceVersion, Channel channel, String officerId,
            Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID().toString();
        this.residentId = residentId;
        this.serviceId = serviceId;
        this.serviceVersion = serviceVersion;
        this.answers = AnswersJson.write(Answers.NONE);
        this.shareDecisions = AnswersJson.write(Answers.NONE);
        this.channel = channel;
        this.officerId = officerId;
        this.createdAt = now;
        this.updatedAt = now;
        this.expiresAt = expiresAt;
    }

    /**
     * The form of a request sent complete in one go (the API, a device's signal): never saved as a draft,
     * it carries the request to {@link RequestStore}; its id is the request's draft id, unique among requests.
     */
    public static Draft complete(String id, String residentId, String serviceId, int serviceVersion, Channel channel,
            Instant now) {
        Draft draft = new Draft(residentId, serviceId, serviceVersion, channel, null, now, now);
        draft.id = id;
        draft.sentComplete = true;
        return draft;
    }

    /** Made by {@link #complete}: never saved, so there is no draft to remove and no file but those its answers name. */
    public boolean sentComplete() {
        return sentComplete;
    }

    public void save(Answers answers, int serviceVersion, Instant now, Instant expiresAt) {
        this.answers = AnswersJson.write(answers);
        this.serviceVersion = serviceVersion;
        this.updatedAt = now;
        this.expiresAt = expiresAt;
    }

    /** Where the resident comes back to: the page after the last one saved; null for check your answers. */
    public String resumePage() {
        return resumePage;
    }

    public void resumeAt(String pageId) {
        this.resumePage = pageId;
    }

    /** Answers the resident has already been asked about sharing with their account, as they were then. */
    public Answers shareDecisions() {
        return AnswersJson.read(shareDecisions);
    }

    public void decidedToShare(Answers decided) {
        this.shareDecisions = AnswersJson.write(decided);
    }

    public String id() {
        return id;
    }

    public String residentId() {
        return residentId;
    }

    public String serviceId() {
        return serviceId;
    }

    public int serviceVersion() {
        return serviceVersion;
    }

    public Answers answers() {
        return AnswersJson.read(answers);
    }

    public Channel channel() {
        return channel;
    }

    public String officerId() {
        return officerId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}

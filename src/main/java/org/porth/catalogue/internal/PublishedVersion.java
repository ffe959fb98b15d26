package org.porth.catalogue.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * One published version of a service definition, with the YAML it was read from, so a request
 * always reads against the questions it answered. Versions are only ever added: saving one inserts
 * it (never merges), so two nodes publishing the same number at once meet the primary key.
 */
@Entity
@Table(name = "service_version")
@IdClass(PublishedVersion.Key.class)
public class PublishedVersion implements Persistable<PublishedVersion.Key> {

    public record Key(String serviceId, int version) implements Serializable {
    }

    @Id
    @Column(name = "service_id", length = 100)
    private String serviceId;

    @Id
    @Column(name = "version")
    private int version;

    @Column(name = "content_sha256", length = 64, nullable = false)
    private String contentSha256;

    @Column(name = "definition", nullable = false, length = 1_000_000)
    private String definition;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Transient
    private boolean isNew = true;

    protected PublishedVersion() {
    }

    PublishedVersion(String serviceId, int version, String contentSha256, String definition, Instant publishedAt) {
        this.serviceId = serviceId;
        this.version = version;
        this.contentSha256 = contentSha256;
        this.definition = definition;
        this.publishedAt = publishedAt;
    }

    @PostLoad
    void loaded() {
        isNew = false;
    }

    @Override
    public Key getId() {
        return new Key(serviceId, version);
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public String serviceId() {
        return serviceId;
    }

    public int version() {
        return version;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public String definition() {
        return definition;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}

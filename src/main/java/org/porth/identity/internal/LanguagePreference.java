package org.porth.identity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.porth.shared.Language;

/** The language a signed-in person chose, so every device they sign in on follows it. */
@Entity
@Table(name = "language_preference")
public class LanguagePreference {

    @Id
    @Column(name = "user_id", length = 300)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 10, nullable = false)
    private Language language;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LanguagePreference() {
    }

    public LanguagePreference(String userId, Language language, Instant updatedAt) {
        this.userId = userId;
        this.language = language;
        this.updatedAt = updatedAt;
    }

    public String userId() {
        return userId;
    }

    public Language language() {
        return language;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

package org.porth.identity.internal;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LanguagePreferenceRepository extends JpaRepository<LanguagePreference, String> {

    /** Changes a stored preference; the number of rows changed (0 when the person has none yet). */
    @Modifying
    @Query(value = "update language_preference set language = :language, updated_at = :at where user_id = :userId",
            nativeQuery = true)
    int change(String userId, String language, Instant at);

    /**
     * Stores a first preference unless one is already there (another session's, at the same moment):
     * 1 if stored, 0 if not. No error either way, so the transaction goes on (on PostgreSQL a failed
     * statement would end it).
     */
    @Modifying
    @Query(value = "insert into language_preference (user_id, language, updated_at) values (:userId, :language, :at)"
            + " on conflict do nothing", nativeQuery = true)
    int addIfAbsent(String userId, String language, Instant at);
}

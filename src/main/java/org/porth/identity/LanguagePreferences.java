package org.porth.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.porth.identity.internal.LanguagePreference;
import org.porth.identity.internal.LanguagePreferenceRepository;
import org.porth.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's language, kept with their account so it follows them to every device. */
@Service
public class LanguagePreferences {

    private final LanguagePreferenceRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    LanguagePreferences(LanguagePreferenceRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Language> current() {
        return repository.findById(userId()).map(LanguagePreference::language);
    }

    /**
     * Saves the choice. Several sessions of one person may choose at the same moment: a first choice
     * that meets another's row changes it instead, so none of them fails on the table's key.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void choose(Language language) {
        String userId = userId();
        Instant now = clock.instant();
        if (repository.change(userId, language.name(), now) == 0
                && repository.addIfAbsent(userId, language.name(), now) == 0) {
            repository.change(userId, language.name(), now);
        }
    }

    private String userId() {
        return currentUser.get().orElseThrow().id();
    }
}

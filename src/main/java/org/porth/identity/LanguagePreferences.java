package org.porth.identity;

import java.time.Clock;
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

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void choose(Language language) {
        repository.findById(userId()).ifPresentOrElse(
                preference -> preference.change(language, clock.instant()),
                () -> repository.save(new LanguagePreference(userId(), language, clock.instant())));
    }

    private String userId() {
        return currentUser.get().orElseThrow().id();
    }
}

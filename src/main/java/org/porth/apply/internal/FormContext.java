package org.porth.apply.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.porth.attachments.StoredFiles;
import org.porth.forms.ValidationContext;
import org.porth.gazetteer.Gazetteer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What checking a draft's answers needs, and how long a draft lives after its last save. */
@Component
public class FormContext {

    private final Clock clock;
    private final Gazetteer gazetteer;
    private final StoredFiles files;
    private final Duration draftLifetime;

    FormContext(Clock clock, Gazetteer gazetteer, StoredFiles files,
            @Value("${porth.drafts.expire-after:28d}") Duration draftLifetime) {
        this.clock = clock;
        this.gazetteer = gazetteer;
        this.files = files;
        this.draftLifetime = draftLifetime;
    }

    public ValidationContext forDraft(String draftId) {
        return new ValidationContext(clock, draftId, gazetteer, files);
    }

    public Instant now() {
        return clock.instant();
    }

    public Instant expiryFrom(Instant saved) {
        return saved.plus(draftLifetime);
    }

    public StoredFiles files() {
        return files;
    }
}

package org.porth.apply;

import java.util.List;

import org.porth.forms.FieldError;

/** What became of a satisfaction answer. */
public sealed interface SatisfactionResult {

    /** Stored, and {@link SatisfactionRated} published. */
    record Rated(int score) implements SatisfactionResult {
    }

    /** Not stored: no score chosen, or a comment over the limit. */
    record Invalid(List<FieldError> errors) implements SatisfactionResult {
    }

    /** Not stored: the request had been rated already (one answer per request). */
    record AlreadyAnswered() implements SatisfactionResult {
    }
}

package org.porth.catalogue;

import java.math.BigDecimal;

/**
 * Server-side rules for one answer, beyond what its type already checks. Every field may be null
 * (no rule). Dates are ISO ({@code 2020-01-31}), {@code today}, or relative to today such as
 * {@code -18y}, {@code +6m}, {@code -30d}.
 *
 * @param pattern a regular expression the whole answer must match (text types); its message is the
 *                question's {@code pattern} error
 */
public record Validation(
        Integer minLength,
        Integer maxLength,
        String pattern,
        BigDecimal min,
        BigDecimal max,
        String notBefore,
        String notAfter,
        Integer minChoices,
        Integer maxChoices) {

    public static final Validation NONE = new Validation(null, null, null, null, null, null, null, null, null);
}

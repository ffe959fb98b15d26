package org.porth.catalogue.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.Validation;

/**
 * The errors the form engine can give for a question ({@link ErrorKind}), by the names a
 * definition's {@code errors} overrides them with. The standard messages name the answer ("Enter the
 * date your child was born"), so a question needs a {@code name} unless its {@code errors} say them all.
 */
final class ErrorKinds {

    static final String PATTERN = ErrorKind.PATTERN.yamlKey();
    static final Set<String> ALL = Arrays.stream(ErrorKind.values()).map(ErrorKind::yamlKey)
            .collect(Collectors.toUnmodifiableSet());

    private ErrorKinds() {
    }

    /** Every error the question can give, in the engine's order. */
    static Set<String> of(QuestionType type, boolean required, Validation rules) {
        Set<String> kinds = new LinkedHashSet<>();
        for (ErrorKind kind : ErrorKind.values()) {
            if (kind.appliesTo(type) && given(kind, required, rules)) {
                kinds.add(kind.yamlKey());
            }
        }
        return kinds;
    }

    /** A pattern's standard message cannot say the format, so the question always gives its own. */
    static boolean namesTheAnswer(String kind) {
        return !kind.equals(PATTERN);
    }

    /** Errors tied to a rule happen only with that rule; the others whenever the type allows them. */
    private static boolean given(ErrorKind kind, boolean required, Validation rules) {
        return switch (kind) {
            case REQUIRED -> required;
            case TOO_SHORT -> rules.minLength() != null;
            case PATTERN -> rules.pattern() != null;
            case TOO_SMALL -> rules.min() != null;
            case TOO_BIG -> rules.max() != null;
            case DATE_TOO_EARLY -> rules.notBefore() != null;
            case DATE_TOO_LATE -> rules.notAfter() != null;
            case TOO_FEW_CHOICES -> rules.minChoices() != null;
            case TOO_MANY_CHOICES -> rules.maxChoices() != null;
            default -> true;
        };
    }
}

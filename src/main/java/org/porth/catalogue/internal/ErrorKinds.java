package org.porth.catalogue.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.porth.catalogue.QuestionType;
import org.porth.catalogue.Validation;

/**
 * The errors a question can give, by the names a definition's {@code errors} overrides them with.
 * The form engine's standard messages name the answer ("Enter the date your child was born"), so a
 * question that can give one of those needs a {@code name}, unless its {@code errors} say them all.
 */
final class ErrorKinds {

    static final String REQUIRED = "required";
    static final String INVALID = "invalid";
    static final String PATTERN = "pattern";
    static final List<String> UPLOAD = List.of("too-big", "wrong-type", "empty", "too-many");
    static final Set<String> ALL = Set.of(REQUIRED, INVALID, "min-length", "max-length", PATTERN, "min", "max",
            "not-before", "not-after", "min-choices", "max-choices", "too-big", "wrong-type", "empty", "too-many");

    /** Types whose answers are checked for form ("Enter a real date", "Enter an email address like ..."). */
    private static final Set<QuestionType> CHECKED_FORMAT = EnumSet.of(QuestionType.NUMBER, QuestionType.MONEY,
            QuestionType.DATE, QuestionType.EMAIL, QuestionType.UK_PHONE, QuestionType.UK_POSTCODE,
            QuestionType.ADDRESS, QuestionType.LOCATION);

    private ErrorKinds() {
    }

    /** Every error the question can give, in a stable order. */
    static Set<String> of(QuestionType type, boolean required, Validation rules) {
        Set<String> kinds = new LinkedHashSet<>();
        if (required) {
            kinds.add(REQUIRED);
        }
        if (CHECKED_FORMAT.contains(type)) {
            kinds.add(INVALID);
        }
        addIf(kinds, "min-length", rules.minLength());
        addIf(kinds, "max-length", rules.maxLength());
        addIf(kinds, PATTERN, rules.pattern());
        addIf(kinds, "min", rules.min());
        addIf(kinds, "max", rules.max());
        addIf(kinds, "not-before", rules.notBefore());
        addIf(kinds, "not-after", rules.notAfter());
        addIf(kinds, "min-choices", rules.minChoices());
        addIf(kinds, "max-choices", rules.maxChoices());
        if (type == QuestionType.FILE_UPLOAD) {
            kinds.addAll(UPLOAD);
        }
        return kinds;
    }

    /** Errors whose standard message names the answer; a pattern's and the upload ones do not. */
    static boolean namesTheAnswer(String kind) {
        return !kind.equals(PATTERN) && !UPLOAD.contains(kind);
    }

    private static void addIf(Set<String> kinds, String kind, Object rule) {
        if (rule != null) {
            kinds.add(kind);
        }
    }
}

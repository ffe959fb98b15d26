package org.porth.catalogue;

import static org.porth.catalogue.QuestionType.ADDRESS;
import static org.porth.catalogue.QuestionType.DATE;
import static org.porth.catalogue.QuestionType.EMAIL;
import static org.porth.catalogue.QuestionType.FILE_UPLOAD;
import static org.porth.catalogue.QuestionType.LOCATION;
import static org.porth.catalogue.QuestionType.LONG_TEXT;
import static org.porth.catalogue.QuestionType.MONEY;
import static org.porth.catalogue.QuestionType.MULTIPLE_CHOICE;
import static org.porth.catalogue.QuestionType.NUMBER;
import static org.porth.catalogue.QuestionType.SHORT_TEXT;
import static org.porth.catalogue.QuestionType.SINGLE_CHOICE;
import static org.porth.catalogue.QuestionType.UK_PHONE;
import static org.porth.catalogue.QuestionType.UK_POSTCODE;
import static org.porth.catalogue.QuestionType.YES_NO;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What can be wrong with an answer. {@code yamlKey} is the key under a question's {@code errors} that
 * replaces the standard message ({@link Question#errors()}); the form engine (apply) produces them.
 * It lives here, with the question model, so that the catalogue can check a definition's
 * {@code errors} keys without depending on apply (which depends on the catalogue).
 */
public enum ErrorKind {
    REQUIRED("required", EnumSet.allOf(QuestionType.class)),
    TOO_LONG("too-long", EnumSet.of(SHORT_TEXT, LONG_TEXT, LOCATION)),
    TOO_SHORT("too-short", EnumSet.of(SHORT_TEXT, LONG_TEXT)),
    PATTERN("pattern", EnumSet.of(SHORT_TEXT, LONG_TEXT)),
    NOT_A_NUMBER("not-a-number", EnumSet.of(NUMBER)),
    WHOLE_NUMBER("whole-number", EnumSet.of(NUMBER)),
    MONEY_FORMAT("money-format", EnumSet.of(MONEY)),
    TOO_SMALL("too-small", EnumSet.of(NUMBER, MONEY)),
    TOO_BIG("too-big", EnumSet.of(NUMBER, MONEY)),
    DATE_INCOMPLETE("date-incomplete", EnumSet.of(DATE)),
    REAL_DATE("real-date", EnumSet.of(DATE)),
    DATE_TOO_EARLY("date-too-early", EnumSet.of(DATE)),
    DATE_TOO_LATE("date-too-late", EnumSet.of(DATE)),
    EMAIL_FORMAT("email-format", EnumSet.of(EMAIL)),
    PHONE_FORMAT("phone-format", EnumSet.of(UK_PHONE)),
    POSTCODE_FORMAT("postcode-format", EnumSet.of(UK_POSTCODE)),
    CHOICE("choice", EnumSet.of(YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE)),
    TOO_FEW_CHOICES("too-few-choices", EnumSet.of(MULTIPLE_CHOICE)),
    TOO_MANY_CHOICES("too-many-choices", EnumSet.of(MULTIPLE_CHOICE)),
    ADDRESS_NOT_FOUND("address-not-found", EnumSet.of(ADDRESS)),
    ADDRESS_LINE1("address-line1", EnumSet.of(ADDRESS)),
    ADDRESS_TOWN("address-town", EnumSet.of(ADDRESS)),
    ADDRESS_POSTCODE("address-postcode", EnumSet.of(ADDRESS)),
    LOCATION_NOT_FOUND("location-not-found", EnumSet.of(LOCATION)),
    LOCATION_DESCRIPTION("location-description", EnumSet.of(LOCATION)),
    COORDINATES("coordinates", EnumSet.of(LOCATION)),
    FILE_NOT_FOUND("file-not-found", EnumSet.of(FILE_UPLOAD)),
    FILE_COUNT("file-count", EnumSet.of(FILE_UPLOAD));

    private final String yamlKey;
    private final Set<QuestionType> types;

    ErrorKind(String yamlKey, Set<QuestionType> types) {
        this.yamlKey = yamlKey;
        this.types = types;
    }

    public String yamlKey() {
        return yamlKey;
    }

    /** Whether a question of this type can have this error, so an {@code errors} key for another is a mistake. */
    public boolean appliesTo(QuestionType type) {
        return types.contains(type);
    }

    public static Optional<ErrorKind> fromYamlKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.yamlKey.equals(key)).findFirst();
    }
}

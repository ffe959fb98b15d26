package org.porth.catalogue;

/** The kinds of question a service definition can ask; {@code yamlName} is how a definition writes it. */
public enum QuestionType {
    SHORT_TEXT("short-text"),
    LONG_TEXT("long-text"),
    NUMBER("number"),
    MONEY("money"),
    /** Day, month and year inputs (the GOV.UK date pattern), not only a picker. */
    DATE("date"),
    YES_NO("yes-no"),
    SINGLE_CHOICE("single-choice"),
    MULTIPLE_CHOICE("multiple-choice"),
    EMAIL("email"),
    UK_PHONE("uk-phone"),
    UK_POSTCODE("uk-postcode"),
    /** Postcode lookup against the gazetteer (UPRN, ward), or an address typed in. */
    ADDRESS("address"),
    /** A gazetteer address, or a street with a description; latitude and longitude from the API. */
    LOCATION("location"),
    FILE_UPLOAD("file-upload"),
    DECLARATION("declaration"),
    /**
     * A day (and time) of what the service books ({@code booking: resource:}), held while the form is
     * finished and confirmed on Submit; the answer is the held booking's reference with its day.
     */
    BOOKING("booking");

    private final String yamlName;

    QuestionType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /**
     * Whether its answer can say what a request is about in a queue's summary line: not a file, a
     * declaration, a bare yes or no, or contact details, which say nothing about the request.
     */
    public boolean summarisesACase() {
        return switch (this) {
            case FILE_UPLOAD, DECLARATION, YES_NO, EMAIL, UK_PHONE, MONEY -> false;
            default -> true;
        };
    }
}

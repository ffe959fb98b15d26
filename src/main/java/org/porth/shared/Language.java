package org.porth.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The portal's two languages. English is the default; Welsh has equal status. */
public enum Language {
    ENGLISH("en"),
    WELSH("cy");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as used in {@code <html lang>}, cookies and token claims. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.of(code);
    }

    public Language other() {
        return this == ENGLISH ? WELSH : ENGLISH;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code.equals(language)).findFirst();
    }

    /** The portal language for a locale: Welsh for any Welsh locale, otherwise English. */
    public static Language of(Locale locale) {
        return locale != null && WELSH.code.equals(locale.getLanguage()) ? WELSH : ENGLISH;
    }
}

package org.porth.shared;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every UI text, in English ({@code i18n/messages.properties}) and Welsh
 * ({@code i18n/messages_cy.properties}). Placeholders are {@code {0}}, {@code {1}}, ...;
 * there is deliberately no MessageFormat, so Welsh apostrophes ("i'r", "o'r") need no escaping.
 */
public final class Translations {

    public static final String BUNDLE = "i18n/messages";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Translations() {
    }

    public static String get(Language language, String key, Object... params) {
        String text;
        try {
            text = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing UI text '{}' for language {}", key, language.code());
            return "!" + key + "!";
        }
        for (int i = 0; i < params.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(params[i]));
        }
        return text;
    }

    public static String get(Locale locale, String key, Object... params) {
        return get(Language.of(locale), key, params);
    }

    public static boolean has(String key) {
        return bundle(Language.ENGLISH).containsKey(key);
    }

    private static ResourceBundle bundle(Language language) {
        Locale locale = language == Language.ENGLISH ? Locale.ROOT : language.locale();
        return ResourceBundle.getBundle(BUNDLE, locale, NO_SYSTEM_FALLBACK);
    }
}

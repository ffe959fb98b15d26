package org.porth.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every UI text, in English and Welsh, from the bundles under {@code i18n/}: each module keeps its
 * own pair ({@code i18n/shell.properties} and {@code i18n/shell_cy.properties}). A key belongs to one
 * bundle only. Placeholders are {@code {0}}, {@code {1}}, ...; there is deliberately no
 * MessageFormat, so Welsh apostrophes ("i'r", "o'r") need no escaping.
 */
public final class Translations {

    public static final String BUNDLES = "classpath*:i18n/*.properties";
    public static final String WELSH_SUFFIX = "_cy.properties";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final Map<Language, Map<String, String>> TEXTS = load();

    private Translations() {
    }

    public static String get(Language language, String key, Object... params) {
        String text = TEXTS.get(language).get(key);
        if (text == null) {
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
        return TEXTS.get(Language.ENGLISH).containsKey(key);
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> texts = Map.of(Language.ENGLISH, new HashMap<>(), Language.WELSH, new HashMap<>());
        Map<String, String> ownerOfKey = new HashMap<>();
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(BUNDLES)) {
                String name = bundle.getFilename();
                Language language = name.endsWith(WELSH_SUFFIX) ? Language.WELSH : Language.ENGLISH;
                read(bundle).forEach((key, value) -> {
                    String previous = ownerOfKey.put(language.code() + ":" + key, name);
                    if (previous != null) {
                        throw new IllegalStateException("UI text '" + key + "' is in both " + previous + " and " + name);
                    }
                    texts.get(language).put((String) key, (String) value);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(Language.ENGLISH, Map.copyOf(texts.get(Language.ENGLISH)),
                Language.WELSH, Map.copyOf(texts.get(Language.WELSH)));
    }

    private static Properties read(Resource bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

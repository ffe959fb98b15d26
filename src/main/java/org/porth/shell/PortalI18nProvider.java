package org.porth.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.springframework.stereotype.Component;

/** Vaadin's {@code getTranslation} reads the portal's English and Welsh texts. */
@Component
class PortalI18nProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Translations.get(locale, key, params);
    }
}

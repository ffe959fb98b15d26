package org.porth.resident;

import org.porth.catalogue.Text;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/** The consent a resident gives to their support needs, in both languages: shown on the page and recorded as shown. */
public final class SupportNeedsWording {

    private static final String KEY = "my-account.support-needs.consent";

    private SupportNeedsWording() {
    }

    public static Text consent() {
        return new Text(Translations.get(Language.ENGLISH, KEY), Translations.get(Language.WELSH, KEY));
    }
}

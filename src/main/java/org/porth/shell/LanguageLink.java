package org.porth.shell;

import com.vaadin.flow.component.html.Anchor;
import org.porth.shared.Language;
import org.porth.shared.LanguageChoice;

/**
 * "Cymraeg" on English pages, "English" on Welsh ones: a full page load of the same page with
 * {@code ?lang=}, so the whole page, its title and {@code <html lang>} change together.
 */
class LanguageLink extends Anchor {

    private final Language other;

    LanguageLink(Language current) {
        other = current.other();
        setText(getTranslation(other.locale(), "language.name"));
        getElement().setAttribute("lang", other.code());
        getElement().setAttribute("hreflang", other.code());
        getElement().setAttribute("router-ignore", true);
        addClassName("porth-header__link");
        pointAt("");
    }

    /** @param path the current page's path, without the leading slash, as Vaadin gives it */
    void pointAt(String path) {
        setHref("/" + path + "?" + LanguageChoice.PARAMETER + "=" + other.code());
    }
}

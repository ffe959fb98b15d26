package org.porth.shell;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;

/**
 * The start page's way into the service catalogue: a plain HTML form that loads
 * {@code services?q=words}. The shell knows the catalogue only by that address, never its classes.
 */
@Tag("form")
public class ServiceSearchBox extends HtmlContainer {

    /**
     * The most a service search box takes: the words go in the address, and a long address (pasted
     * text, each character written as up to 12) is refused by the server before any page answers.
     */
    public static final int MOST_CHARACTERS = 200;
    public static final String SERVICES = "services";
    /** The query parameter that carries the words. */
    public static final String PARAMETER = "q";
    private static final String START_ID = "start-service-search";

    private final Input words = new Input();

    /** The start page's box. */
    ServiceSearchBox() {
        this(START_ID, "start.services.search-label", "start.services.search-hint", "start.services.search-button");
    }

    /** A search box with its own id and words (message keys): the catalogue's own page has one. */
    public ServiceSearchBox(String inputId, String labelKey, String hintKey, String buttonKey) {
        String hintId = inputId + "-hint";
        getElement().setAttribute("method", "get").setAttribute("action", SERVICES).setAttribute("role", "search");
        addClassNames("porth-form-group", "porth-search");
        NativeLabel label = new NativeLabel(getTranslation(labelKey));
        label.setFor(inputId);
        label.addClassName("porth-label");
        Div hint = new Div(getTranslation(hintKey));
        hint.setId(hintId);
        hint.addClassName("porth-search__hint");
        words.setId(inputId);
        words.setType("search");
        words.getElement().setAttribute("name", PARAMETER).setAttribute("aria-describedby", hintId)
                .setAttribute("spellcheck", "false").setAttribute("maxlength", String.valueOf(MOST_CHARACTERS));
        words.addClassNames("porth-input", "porth-search__input");
        NativeButton search = new NativeButton(getTranslation(buttonKey));
        search.getElement().setAttribute("type", "submit");
        search.addClassNames("porth-button", "porth-search__button");
        Div row = new Div(words, search);
        row.addClassName("porth-search__row");
        add(label, hint, row);
    }

    /** Shows the words searched for, so the resident can change them. */
    public void show(String searched) {
        words.setValue(searched);
    }
}

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
    static final String SERVICES = "services";
    private static final String INPUT_ID = "start-service-search";
    private static final String HINT_ID = INPUT_ID + "-hint";

    ServiceSearchBox() {
        getElement().setAttribute("method", "get").setAttribute("action", SERVICES).setAttribute("role", "search");
        addClassNames("porth-form-group", "porth-search");
        NativeLabel label = new NativeLabel(getTranslation("start.services.search-label"));
        label.setFor(INPUT_ID);
        label.addClassName("porth-label");
        Div hint = new Div(getTranslation("start.services.search-hint"));
        hint.setId(HINT_ID);
        hint.addClassName("porth-search__hint");
        Input words = new Input();
        words.setId(INPUT_ID);
        words.setType("search");
        words.getElement().setAttribute("name", "q").setAttribute("aria-describedby", HINT_ID)
                .setAttribute("spellcheck", "false").setAttribute("maxlength", String.valueOf(MOST_CHARACTERS));
        words.addClassNames("porth-input", "porth-search__input");
        NativeButton search = new NativeButton(getTranslation("start.services.search-button"));
        search.getElement().setAttribute("type", "submit");
        search.addClassNames("porth-button", "porth-search__button");
        Div row = new Div(words, search);
        row.addClassName("porth-search__row");
        add(label, hint, row);
    }
}

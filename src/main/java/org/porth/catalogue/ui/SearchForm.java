package org.porth.catalogue.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import org.porth.shell.ServiceSearchBox;

/**
 * A plain HTML search form: typing words and pressing Enter or Search loads
 * {@code services?q=words}, with or without JavaScript, like any web form.
 */
@Tag("form")
class SearchForm extends HtmlContainer {

    static final String INPUT_ID = "service-search";
    static final String PARAMETER = "q";
    private static final String HINT_ID = INPUT_ID + "-hint";

    private final Input words = new Input();

    SearchForm() {
        getElement().setAttribute("method", "get").setAttribute("action", ServicesView.PATH)
                .setAttribute("role", "search");
        addClassNames("porth-form-group", "porth-search");
        NativeLabel label = new NativeLabel(getTranslation("catalogue.search.label"));
        label.setFor(INPUT_ID);
        label.addClassName("porth-label");
        Div hint = new Div(getTranslation("catalogue.search.hint"));
        hint.setId(HINT_ID);
        hint.addClassName("porth-search__hint");
        words.setId(INPUT_ID);
        words.setType("search");
        words.getElement().setAttribute("name", PARAMETER).setAttribute("aria-describedby", HINT_ID)
                .setAttribute("spellcheck", "false")
                .setAttribute("maxlength", String.valueOf(ServiceSearchBox.MOST_CHARACTERS));
        words.addClassNames("porth-input", "porth-search__input");
        NativeButton search = new NativeButton(getTranslation("catalogue.search.button"));
        search.getElement().setAttribute("type", "submit");
        search.addClassNames("porth-button", "porth-search__button");
        Div row = new Div(words, search);
        row.addClassName("porth-search__row");
        add(label, hint, row);
    }

    /** Shows the words searched for, so the resident can change them. */
    void show(String searched) {
        words.setValue(searched);
    }
}

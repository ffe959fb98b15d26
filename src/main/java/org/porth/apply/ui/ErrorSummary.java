package org.porth.apply.ui;

import java.util.List;
import java.util.function.BiFunction;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.porth.apply.FieldError;
import org.porth.shared.Language;

/**
 * "There is a problem", at the top of the page: every error, each a link that moves focus to its
 * input. Focus moves to the summary when it appears, so screen readers read it first.
 */
class ErrorSummary extends Div {

    private final UnorderedList list = new UnorderedList();

    ErrorSummary() {
        addClassName("porth-error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-labelledby", "error-summary-title");
        H2 title = new H2(getTranslation("error.summary-title"));
        title.setId("error-summary-title");
        title.addClassName("porth-error-summary__title");
        list.addClassName("porth-error-summary__list");
        add(title, list);
        setVisible(false);
    }

    /**
     * @param target the id of the element to focus for an error
     */
    void show(List<FieldError> errors, Language language, BiFunction<String, String, String> target) {
        list.removeAll();
        errors.forEach(error -> {
            String id = target.apply(error.questionId(), error.field());
            Anchor link = new Anchor("#" + id, error.message().in(language));
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().executeJs("this.addEventListener('click', event => { event.preventDefault();"
                    + " const target = document.getElementById($0); if (target) { target.focus(); } });", id);
            list.add(new ListItem(link));
        });
        setVisible(!errors.isEmpty());
        if (!errors.isEmpty()) {
            getElement().executeJs("this.focus(); this.scrollIntoView();");
        }
    }
}

package org.porth.resident.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The GOV.UK error summary: at the top of the page, announced and focused when it appears, with a
 * link to each answer that has a problem. The links move focus to the input in the browser
 * (the router would otherwise treat {@code #id} as a page to open).
 */
class ErrorSummary extends Div {

    static final String TITLE_ID = "error-summary-title";

    private static final String FOCUS_LINKED_INPUT = """
            this.addEventListener('click', event => {
              const link = event.target.closest('a[data-field]');
              if (!link) { return; }
              event.preventDefault();
              const field = document.getElementById(link.dataset.field);
              if (field) {
                const input = field.matches('input') ? field : (field.querySelector('input') || field);
                field.scrollIntoView();
                input.focus();
              }
            });
            """;

    private final UnorderedList list = new UnorderedList();

    ErrorSummary() {
        addClassName("porth-error-summary");
        getElement().setAttribute("aria-labelledby", TITLE_ID);
        getElement().setAttribute("tabindex", "-1");
        H2 title = new H2(getTranslation("my-account.form.error-summary"));
        title.setId(TITLE_ID);
        title.addClassName("porth-error-summary__title");
        list.addClassName("porth-error-summary__list");
        add(title, list);
        setVisible(false);
    }

    void show(List<FieldProblem> problems) {
        list.removeAll();
        problems.forEach(problem -> {
            Anchor link = new Anchor("#" + problem.fieldId(), problem.message());
            link.getElement().setAttribute("data-field", problem.fieldId());
            link.getElement().setAttribute("router-ignore", true);
            list.add(new ListItem(link));
        });
        getElement().setAttribute("role", "alert");
        setVisible(true);
        getElement().executeJs("this.focus()");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(FOCUS_LINKED_INPUT);
    }
}

package org.porth.shell;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The GOV.UK error summary, "There is a problem", at the top of the page: announced and focused
 * when it appears, with a link to each input that has a problem. The links move focus to the input
 * in the browser (the router would otherwise treat {@code #id} as a page to open).
 */
public class ErrorSummary extends Div {

    static final String TITLE_ID = "error-summary-title";

    private static final String FOCUS_LINKED_INPUT = """
            this.addEventListener('click', event => {
              const link = event.target.closest('a[data-field]');
              if (!link) { return; }
              event.preventDefault();
              const field = document.getElementById(link.dataset.field);
              if (field) {
                const input = field.matches('input, textarea, select') ? field
                    : (field.querySelector('input, textarea, select') || field);
                field.scrollIntoView();
                input.focus();
              }
            });
            """;

    private final UnorderedList list = new UnorderedList();

    public ErrorSummary() {
        addClassName("porth-error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-labelledby", TITLE_ID);
        H2 title = new H2(getTranslation("error.summary-title"));
        title.setId(TITLE_ID);
        title.addClassName("porth-error-summary__title");
        list.addClassName("porth-error-summary__list");
        add(title, list);
        setVisible(false);
    }

    /** Lists the problems and moves focus to the summary; with none, the summary goes away. */
    public void show(List<Problem> problems) {
        list.removeAll();
        problems.forEach(problem -> {
            Anchor link = new Anchor("#" + problem.fieldId(), problem.message());
            link.getElement().setAttribute("data-field", problem.fieldId());
            link.getElement().setAttribute("router-ignore", true);
            list.add(new ListItem(link));
        });
        setVisible(!problems.isEmpty());
        if (!problems.isEmpty()) {
            getElement().executeJs("this.focus(); this.scrollIntoView();");
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(FOCUS_LINKED_INPUT);
    }

    /** What is wrong: the message, and the id of the input (or the element around it) to move to. */
    public record Problem(String fieldId, String message) {
    }
}

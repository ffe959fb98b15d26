package org.porth.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * "Sorry, there is a problem with the service" at the top of the page when something the visitor
 * did failed on the server (the database or a service it needs was down): the page stays as it was,
 * with everything they typed, so they can try again. An error summary in the GOV.UK style, announced
 * and focused when it appears, with the reference the log has the error under.
 */
class ServiceProblem extends Div {

    static final String ID = "service-problem";

    private final Span reference = new Span();

    ServiceProblem() {
        setId(ID);
        addClassName("porth-error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-labelledby", ID + "-title");
        H2 title = new H2(getTranslation("error.server.title"));
        title.setId(ID + "-title");
        title.addClassName("porth-error-summary__title");
        reference.addClassName("porth-reference");
        add(title, new Paragraph(getTranslation("error.event.kept")),
                new Paragraph(new Span(getTranslation("error.server.reference") + " "), reference));
        setVisible(false);
    }

    /** Shows the problem with the log's reference, and moves focus to it. */
    void show(String logReference) {
        reference.setText(logReference);
        setVisible(true);
        getElement().executeJs("this.focus(); this.scrollIntoView();");
    }

    void hide() {
        setVisible(false);
    }
}

package org.porth.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** The body every error page shares: a heading, what to do, and the way back. */
abstract class ErrorPage extends Div {

    private int status;

    protected ErrorPage(String titleKey) {
        addClassName("porth-content");
        H1 heading = new H1(getTranslation(titleKey));
        heading.addClassName("porth-heading-l");
        add(heading);
    }

    /**
     * The HTTP status this page answers with, kept so that the first document of a visit, which
     * Vaadin writes without asking the view, can say it too ({@link ErrorStatus}).
     */
    protected int answer(int status) {
        this.status = status;
        return status;
    }

    int status() {
        return status;
    }

    protected void addWayBack() {
        add(new Paragraph(new RouterLink(getTranslation("error.home-link"), StartView.class)),
                new Paragraph(new RouterLink(getTranslation("error.contact"), HelpView.class)));
    }
}

package org.porth.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** The body every error page shares: a heading, what to do, and the way back. */
abstract class ErrorPage extends Div {

    protected ErrorPage(String titleKey) {
        addClassName("porth-content");
        H1 heading = new H1(getTranslation(titleKey));
        heading.addClassName("porth-heading-l");
        add(heading);
    }

    protected void addWayBack() {
        add(new Paragraph(new RouterLink(getTranslation("error.home-link"), StartView.class)),
                new Paragraph(new RouterLink(getTranslation("error.contact"), HelpView.class)));
    }
}

package org.porth.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A GOV.UK-style notification banner, announced to screen readers when it appears. */
public class NotificationBanner extends Div {

    public NotificationBanner(String message) {
        Paragraph text = new Paragraph(message);
        text.getElement().setAttribute("role", "status");
        build("porth-notification-title", text);
    }

    /**
     * A banner with content of its own (paragraphs, a link) that can stand beside another banner on the page.
     *
     * @param id the banner's id; its title's is this with {@code -title}
     */
    public NotificationBanner(String id, Component... content) {
        setId(id);
        build(id + "-title", new Div(content));
    }

    private void build(String titleId, Component text) {
        addClassName("porth-notification");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", titleId);
        H2 title = new H2(getTranslation("notice.title"));
        title.setId(titleId);
        title.addClassName("porth-notification__title");
        text.addClassName("porth-notification__text");
        add(title, text);
    }
}

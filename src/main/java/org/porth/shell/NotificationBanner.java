package org.porth.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A GOV.UK-style notification banner, announced to screen readers when it appears. */
public class NotificationBanner extends Div {

    public NotificationBanner(String message) {
        addClassName("porth-notification");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "porth-notification-title");
        H2 title = new H2(getTranslation("notice.title"));
        title.setId("porth-notification-title");
        title.addClassName("porth-notification__title");
        Paragraph text = new Paragraph(message);
        text.addClassName("porth-notification__text");
        text.getElement().setAttribute("role", "status");
        add(title, text);
    }
}

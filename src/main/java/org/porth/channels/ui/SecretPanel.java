package org.porth.channels.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.porth.channels.IssuedSecret;

/** A client's id and new secret, shown once: the page says so, and nothing keeps the secret. */
final class SecretPanel extends Div {

    SecretPanel() {
        setId("api-client-secret");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    void show(String headingKey, IssuedSecret issued) {
        removeAll();
        addClassNames("porth-notification", "porth-notification--success");
        H2 heading = new H2(getTranslation(headingKey));
        heading.addClassName("porth-heading-m");
        add(heading, line("api-clients.secret.client-id", issued.clientId(), "issued-client-id"),
                line("api-clients.secret.secret", issued.secret(), "issued-secret"),
                new Paragraph(getTranslation("api-clients.secret.once")));
        setVisible(true);
    }

    void hide() {
        removeAll();
        setVisible(false);
    }

    private Paragraph line(String labelKey, String value, String id) {
        Span shown = new Span(value);
        shown.setId(id);
        shown.addClassName("porth-code");
        return new Paragraph(new Span(getTranslation(labelKey) + " "), shown);
    }
}

package org.porth.integration.webhooks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.porth.integration.IssuedWebhookSecret;

/** An endpoint's new signing secret, shown once in a status region: nothing keeps it after the page. */
final class SigningSecretPanel extends Div {

    SigningSecretPanel() {
        setId("webhook-secret");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    void show(String headingKey, IssuedWebhookSecret issued) {
        removeAll();
        addClassNames("porth-notification", "porth-notification--success");
        H2 heading = new H2(getTranslation(headingKey));
        heading.addClassName("porth-notification__title");
        Span secret = new Span(issued.secret());
        secret.setId("issued-webhook-secret");
        secret.addClassName("porth-code");
        add(heading, new Paragraph(new Span(getTranslation("webhooks.secret") + " "), secret),
                new Paragraph(getTranslation("webhooks.secret.once")));
        setVisible(true);
    }

    void hide() {
        removeAll();
        setVisible(false);
    }
}

package org.porth.resident.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The message above an answer with a problem, read out as "Error: ..." and shown without the prefix. */
class FieldError extends Paragraph {

    FieldError(String id) {
        setId(id);
        addClassName("porth-error-message");
        setVisible(false);
    }

    /** Null hides it. */
    void show(String message) {
        removeAll();
        if (message != null) {
            Span prefix = new Span(getTranslation("my-account.form.error-prefix") + " ");
            prefix.addClassName("porth-visually-hidden");
            add(prefix, new Text(message));
        }
        setVisible(message != null);
    }
}

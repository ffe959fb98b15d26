package org.porth.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The GOV.UK error message above an answer with a problem: read out as "Error: ..." and shown
 * without the prefix. Hidden until there is a message.
 */
public class ErrorMessage extends Paragraph {

    public ErrorMessage(String id) {
        if (id != null) {
            setId(id);
        }
        addClassName("porth-error-message");
        setVisible(false);
    }

    /** Null hides it. */
    public void show(String message) {
        removeAll();
        if (message != null) {
            add(prefix(this), new Text(message));
        }
        setVisible(message != null);
    }

    /** The visually hidden "Error:" before a message, for an error that holds more than one line. */
    public static Span prefix(Component translator) {
        Span prefix = new Span(translator.getTranslation("error.prefix") + " ");
        prefix.addClassName("porth-visually-hidden");
        return prefix;
    }
}

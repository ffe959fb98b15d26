package org.porth.shell;

import com.vaadin.flow.component.html.Div;

/** The GOV.UK hint under a label: what to enter, read out with the input it describes. */
public class Hint extends Div {

    public Hint(String id, String text) {
        super(text);
        if (id != null) {
            setId(id);
        }
        addClassName("porth-hint");
    }
}

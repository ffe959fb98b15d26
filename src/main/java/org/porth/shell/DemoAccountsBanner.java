package org.porth.shell;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * The warning at the top of every page while demo accounts, whose passwords are published, can sign
 * in (identity's DemoAccounts): a named region, so screen reader users can find it, with GOV.UK's
 * warning text inside. The embedded provider's own sign-in page shows the same (decision 0024).
 */
class DemoAccountsBanner extends Section {

    static final String CLASS_NAME = "porth-demo-banner";

    DemoAccountsBanner() {
        addClassName(CLASS_NAME);
        getElement().setAttribute("aria-label", getTranslation("demo-banner.label"));
        Span prefix = new Span(getTranslation("demo-banner.prefix") + " ");
        prefix.addClassName("porth-visually-hidden");
        Element warning = new Element("strong");
        warning.appendChild(prefix.getElement(), Element.createText(getTranslation("demo-banner.text")));
        Paragraph text = new Paragraph();
        text.getElement().appendChild(warning);
        text.addClassName(CLASS_NAME + "__text");
        add(text);
    }
}

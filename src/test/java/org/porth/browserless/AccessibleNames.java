package org.porth.browserless;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * What a screen reader or voice control calls a link or button (its aria-label, else its text), and
 * the words a sighted person sees on it: WCAG 2.5.3 (Label in Name) wants the first to start with the second.
 */
public final class AccessibleNames {

    private AccessibleNames() {
    }

    public static String of(Component component) {
        String label = component.getElement().getAttribute("aria-label");
        return label != null ? label : component.getElement().getTextRecursively();
    }

    /** The text without what is visually hidden or hidden from everyone. */
    public static String visibleText(Component component) {
        return visible(component.getElement()).strip();
    }

    private static String visible(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        if (element.getClassList().contains("porth-visually-hidden") || "true".equals(element.getAttribute("aria-hidden"))) {
            return "";
        }
        return element.getChildren().map(AccessibleNames::visible).collect(Collectors.joining());
    }
}

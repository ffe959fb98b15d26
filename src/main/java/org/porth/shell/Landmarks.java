package org.porth.shell;

import com.vaadin.flow.component.Component;

/** The page's main landmark, which the skip link targets and navigation moves focus into. */
final class Landmarks {

    static final String MAIN_ID = "main-content";

    private Landmarks() {
    }

    /**
     * After navigating inside the portal, move focus to the new page's heading, so that screen
     * reader users hear where they are (a full page load starts at the top, with the skip link).
     */
    static void focusHeading(Component main) {
        main.getElement().executeJs(
                "const heading = this.querySelector('h1') || this;"
                        + "if (heading !== this) { heading.setAttribute('tabindex', '-1'); }"
                        + "heading.focus({preventScroll: false});");
    }
}

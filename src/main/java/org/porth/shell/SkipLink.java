package org.porth.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;

/**
 * The first thing a keyboard user reaches: straight past the header to the page. Vaadin pages
 * carry a {@code <base href>}, against which a bare {@code #fragment} link would leave the page,
 * so the link moves focus itself.
 */
class SkipLink extends Anchor {

    SkipLink() {
        setHref("#" + Landmarks.MAIN_ID);
        setText(getTranslation("shell.skip-link"));
        addClassName("porth-skip-link");
        getElement().setAttribute("router-ignore", true);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("this.addEventListener('click', event => {"
                + "event.preventDefault(); document.getElementById($0).focus(); });", Landmarks.MAIN_ID);
    }
}

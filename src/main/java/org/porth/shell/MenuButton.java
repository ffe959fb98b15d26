package org.porth.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeButton;

/** The phone-width "Menu" button that shows and hides the navigation it controls. */
class MenuButton extends NativeButton {

    static final String OPEN = "porth-menu-open";

    private final Component panel;

    /**
     * @param navigationId the navigation's id, for {@code aria-controls}
     * @param panel        the component that gets the open class, around the navigation
     */
    MenuButton(String navigationId, Component panel) {
        this.panel = panel;
        setText(getTranslation("shell.menu"));
        addClassName("porth-header__menu-button");
        getElement().setAttribute("aria-controls", navigationId);
        setOpen(false);
        addClickListener(click -> setOpen(!panel.getElement().getClassList().contains(OPEN)));
    }

    void setOpen(boolean open) {
        panel.getElement().getClassList().set(OPEN, open);
        getElement().setAttribute("aria-expanded", String.valueOf(open));
    }
}

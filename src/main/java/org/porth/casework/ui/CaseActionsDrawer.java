package org.porth.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.NativeButton;

/**
 * The case's actions, together and in view. On a desktop the page's stylesheet keeps them in a
 * column of their own beside the case, sticky as the case scrolls, and the buttons that open and
 * close them are hidden. On a tablet they are a drawer under the heading, shut until the officer
 * opens it: opening moves the focus into it; Close or Escape shuts it and puts the focus back on
 * the button that opened it. The drawer opens in place, above the case, rather than over it, so that
 * nothing the keyboard can reach is ever hidden behind it (decision 0029).
 */
final class CaseActionsDrawer extends Aside {

    static final String ID = "case-actions-panel";
    private static final String OPEN = "porth-case__actions--open";

    private final NativeButton toggle = new NativeButton();

    CaseActionsDrawer(Component... actions) {
        setId(ID);
        addClassName("porth-case__actions");
        getElement().setAttribute("aria-label", getTranslation("workspace.actions.label"));
        getElement().setAttribute("tabindex", "-1");
        toggle.setText(getTranslation("workspace.actions.open"));
        toggle.setId("case-actions-toggle");
        toggle.addClassNames("porth-button", "porth-button--secondary", "porth-case__drawer-toggle");
        toggle.getElement().setAttribute("aria-controls", ID);
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(click -> setOpen(!isOpen()));
        NativeButton close = new NativeButton(getTranslation("workspace.actions.close"), click -> setOpen(false));
        close.setId("case-actions-close");
        close.addClassNames("porth-button", "porth-button--secondary", "porth-case__drawer-close");
        add(close);
        add(actions);
        Shortcuts.addShortcutListener(this, () -> {
            if (isOpen()) {
                setOpen(false);
            }
        }, Key.ESCAPE).listenOn(this);
    }

    /** The button that opens the drawer on a tablet; it belongs above the case. */
    NativeButton toggle() {
        return toggle;
    }

    boolean isOpen() {
        return hasClassName(OPEN);
    }

    private void setOpen(boolean open) {
        setClassName(OPEN, open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        toggle.setText(getTranslation(open ? "workspace.actions.hide" : "workspace.actions.open"));
        if (open) {
            getElement().executeJs("this.focus()");
        } else {
            toggle.focus();
        }
    }
}

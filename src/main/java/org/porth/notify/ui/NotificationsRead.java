package org.porth.notify.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/**
 * Fired on the page's UI when the resident marks notifications read, so the header's unread count,
 * built by the layout and not the page, changes at once.
 */
final class NotificationsRead extends ComponentEvent<UI> {

    NotificationsRead(UI ui) {
        super(ui, false);
    }
}

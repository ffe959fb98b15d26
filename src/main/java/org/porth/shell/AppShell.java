package org.porth.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.porth.shared.Council;

/**
 * The page around every view: Lumo, then the portal's own stylesheet from {@code themes/porth},
 * the favicon and the council's brand colour. No {@code @Theme}, so Vaadin's prebuilt bundle
 * serves and no Node.js build is needed.
 * <p>
 * Server push, so that staff pages show others' changes as they happen (decision 0030): the server
 * writes over a WebSocket, the browser sends over ordinary requests (XHR), which the idle-session
 * timer counts as activity; where a WebSocket cannot be opened, long polling (Vaadin's fallback).
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/porth/porth.css")
public class AppShell implements AppShellConfigurator {

    private final Council council;

    AppShell(Council council) {
        this.council = council;
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "themes/porth/favicon.svg", "any");
        settings.addInlineWithContents(Inline.Position.APPEND,
                ":root { --porth-brand: " + council.primaryColour() + "; }", Inline.Wrapping.STYLESHEET);
    }
}

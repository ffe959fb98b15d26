package org.porth.shell;

import jakarta.servlet.http.HttpServletRequest;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.porth.shared.Language;
import org.porth.shared.LanguageChoice;
import org.springframework.stereotype.Component;

/**
 * Every page starts in the visitor's language, says which it is in {@code <html lang>}, and says
 * in it when the connection to the portal is lost.
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", languageOf(response.getVaadinRequest()).code()));
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(languageOf(VaadinRequest.getCurrent()).locale());
            sayConnectionTroubleInTheLanguage(init.getUI());
        });
    }

    /** Vaadin's own words for a lost connection are English; the status message shows them. */
    private static void sayConnectionTroubleInTheLanguage(UI ui) {
        ReconnectDialogConfiguration connection = ui.getReconnectDialogConfiguration();
        connection.setDialogText(ui.getTranslation("connection.reconnecting"));
        connection.setDialogTextGaveUp(ui.getTranslation("connection.lost"));
    }

    private static Language languageOf(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servletRequest) {
            HttpServletRequest httpRequest = servletRequest.getHttpServletRequest();
            return LanguageChoice.resolve(httpRequest);
        }
        return Language.ENGLISH;
    }
}

package org.porth.shell;

import jakarta.servlet.http.HttpServletRequest;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.porth.shared.Language;
import org.porth.shared.LanguageChoice;
import org.springframework.stereotype.Component;

/** Every page starts in the visitor's language, and says which it is in {@code <html lang>}. */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", languageOf(response.getVaadinRequest()).code()));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(
                languageOf(VaadinRequest.getCurrent()).locale()));
    }

    private static Language languageOf(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servletRequest) {
            HttpServletRequest httpRequest = servletRequest.getHttpServletRequest();
            return LanguageChoice.resolve(httpRequest);
        }
        return Language.ENGLISH;
    }
}

package org.porth.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.springframework.stereotype.Component;

/**
 * The first document of a visit answers with its error page's status (404, 403, 500), as later
 * navigation does. Vaadin renders the first view into that document but leaves its status at 200,
 * which tells search engines, link checkers and monitoring that a missing page exists.
 */
@Component
class ErrorStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(ErrorStatus::answerWithErrorStatus);
    }

    private static void answerWithErrorStatus(IndexHtmlResponse response) {
        response.getUI().map(UI::getInternals).stream()
                .flatMap(internals -> internals.getActiveRouterTargetsChain().stream())
                .filter(ErrorPage.class::isInstance).map(ErrorPage.class::cast).findFirst()
                .ifPresent(page -> response.getVaadinResponse().setStatus(page.status()));
    }
}

package org.porth.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandlerUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a visitor sees when something they did on a page fails on the server, e.g. a Continue or Send
 * while the database is unreachable: without this, Vaadin only logs it and the button seems to do
 * nothing. The page says "Sorry, there is a problem with the service" at the top ({@link ServiceProblem}),
 * keeps what was typed, and the log has the error under the reference shown. (A failure while a
 * page opens shows {@link ServerErrorView} instead.)
 */
@Component
class ServiceProblems extends DefaultErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ServiceProblems.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable problem = event.getThrowable();
        if (!shouldHandle(problem) || ErrorHandlerUtil.handleErrorByRedirectingToErrorView(problem)) {
            return; // a browser that went away, or an error with a page of its own (not found, forbidden)
        }
        UI ui = UI.getCurrent();
        PortalLayout layout = ui == null ? null : ui.getInternals().getActiveRouterTargetsChain().stream()
                .filter(PortalLayout.class::isInstance).map(PortalLayout.class::cast).findFirst().orElse(null);
        if (layout == null) {
            super.error(event); // no page of ours to tell: logged
            return;
        }
        String reference = ServerErrorView.newCorrelationId();
        log.error("Unhandled error, reference {}, on /{}", reference,
                ui.getInternals().getActiveViewLocation().getPath(), problem);
        layout.showServiceProblem(reference);
    }
}

package org.porth.shell;

import java.security.SecureRandom;
import java.util.HexFormat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Something failed: apologise, and give a reference that staff can find in the log with the full
 * error. The visitor never sees the error itself.
 */
@PageTitle("error.server.title")
@ParentLayout(ResidentLayout.class)
@AnonymousAllowed
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);
    private static final SecureRandom random = new SecureRandom();

    private final Span reference = new Span();

    ServerErrorView() {
        super("error.server.title");
        reference.addClassName("porth-reference");
        add(new Paragraph(getTranslation("error.server.try-later")),
                new Paragraph(new Span(getTranslation("error.server.reference") + " "), reference));
        addWayBack();
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String correlationId = newCorrelationId();
        log.error("Unhandled error, reference {}, on /{}", correlationId, event.getLocation().getPath(),
                parameter.getCaughtException());
        reference.setText(correlationId);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** Short enough to read out on the phone: 8 hex digits in two groups, e.g. 3F9A-C21B. */
    static String newCorrelationId() {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        String hex = HexFormat.of().withUpperCase().formatHex(bytes);
        return hex.substring(0, 4) + "-" + hex.substring(4);
    }
}

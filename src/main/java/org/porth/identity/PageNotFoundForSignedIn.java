package org.porth.identity;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.util.ClassUtils;

/**
 * A signed-in person who opens an address that is no page of the portal (every such address is
 * refused, so that nothing is reachable by accident) sees the portal's "Page not found", as
 * anyone does for a page that does not exist, rather than the browser's bare 403.
 * <p>
 * The portal's page is Vaadin's: the request is passed on to Vaadin's servlet, as Vaadin passes on
 * every address that no Spring controller has, and never to a controller (marked, so that this once
 * it is let through). Vaadin's router has no view for it and shows the not-found view. Anything but a browser asking for a
 * page (a form post, a CSRF failure, a script's request) is refused as before.
 */
final class PageNotFoundForSignedIn implements AccessDeniedHandler {

    private static final String VAADIN_REQUEST_PARAMETER = "v-r";
    private static final String PASSED_ON = PageNotFoundForSignedIn.class.getName();
    /** The name Vaadin registers its servlet under, and forwards to (VaadinServletConfiguration). */
    private static final String VAADIN_SERVLET = ClassUtils.getShortNameAsProperty(SpringServlet.class);

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (isPageRequest(request) && !response.isCommitted() && !isPassedOn(request)) {
            request.setAttribute(PASSED_ON, Boolean.TRUE);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            request.getServletContext().getNamedDispatcher(VAADIN_SERVLET).forward(request, response);
        } else {
            otherwise.handle(request, response, denied);
        }
    }

    /** The address passed on to Vaadin: let through, once. */
    static boolean isPassedOn(HttpServletRequest request) {
        return request.getAttribute(PASSED_ON) != null;
    }

    /**
     * A browser asking for a page itself: not the error dispatch that follows another refusal (a
     * form post refused for its CSRF token is dispatched to {@code /error} as a GET), which must
     * stay the 403 it is.
     */
    private static boolean isPageRequest(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.getDispatcherType() == DispatcherType.REQUEST
                && HttpMethod.GET.matches(request.getMethod())
                && request.getParameter(VAADIN_REQUEST_PARAMETER) == null
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}

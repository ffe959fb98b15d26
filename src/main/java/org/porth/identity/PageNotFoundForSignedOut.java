package org.porth.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Someone signed out who opens an address that is no page of the portal sees "Page not found"
 * (404), not the sign-in page: signing in would only lead them to the same "Page not found". An
 * address of a page or of a controller (a file, say) still asks them to sign in first.
 */
final class PageNotFoundForSignedOut implements AuthenticationEntryPoint {

    private final RequestUtil vaadinRoutes;
    private final HandlerMapping controllers;

    PageNotFoundForSignedOut(RequestUtil vaadinRoutes, HandlerMapping controllers) {
        this.vaadinRoutes = vaadinRoutes;
        this.controllers = controllers;
    }

    /** The requests this answers: a browser asking for an address that nothing of the portal has. */
    RequestMatcher noPage() {
        return request -> PageNotFoundForSignedIn.isPageRequest(request) && !PageNotFoundForSignedIn.isPassedOn(request)
                && !vaadinRoutes.isSecuredFlowRoute(request) && !vaadinRoutes.isAnonymousRoute(request)
                && !hasController(request);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException signedOut)
            throws IOException, ServletException {
        PageNotFoundForSignedIn.passOn(request, response);
    }

    private boolean hasController(HttpServletRequest request) {
        try {
            return controllers.getHandler(request) != null;
        } catch (Exception e) {
            return true;
        }
    }
}

package org.porth.identity.localidp;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Back to the sign-in page with what went wrong and the username typed, so nothing is retyped; for a
 * sign-in held back by the throttle, with how many seconds to wait.
 */
class LocalIdpLoginFailureHandler implements AuthenticationFailureHandler {

    static final String MISSING_USERNAME = "username";
    static final String MISSING_PASSWORD = "password";
    static final String BAD_CREDENTIALS = "credentials";
    static final String TOO_MANY = "too-many";
    static final String RETRY_AFTER = "retry-after";

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        var target = UriComponentsBuilder.fromPath(LocalIdpConfiguration.LOGIN_PAGE);
        boolean noUsername = !StringUtils.hasText(username);
        boolean noPassword = !StringUtils.hasText(request.getParameter("password"));
        if (noUsername) {
            target.queryParam("error", MISSING_USERNAME);
        }
        if (noPassword) {
            target.queryParam("error", MISSING_PASSWORD);
        }
        if (exception instanceof SignInThrottledException throttled) {
            target.queryParam("error", TOO_MANY).queryParam(RETRY_AFTER, (throttled.retryAfter().toMillis() + 999) / 1000);
        } else if (!noUsername && !noPassword) {
            target.queryParam("error", BAD_CREDENTIALS);
        }
        if (!noUsername) {
            target.queryParam("username", username);
        }
        redirect.sendRedirect(request, response, target.encode().build().toUriString());
    }
}

package org.porth.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed sign-in goes back to the start page with a notice, and into the log with its reason.
 * It leaves nothing half-done: the session (with the embedded provider's sign-in, when that is in
 * use) ends, so the next attempt can be made with another account.
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

    SignInFailureHandler() {
        super(SecurityConfiguration.SIGN_IN_FAILED);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        log.warn("Sign-in failed: {}", exception.getMessage());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}

package org.porth.identity;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's sign-in entry point. Residents and staff sign in with different providers, so this
 * sends the visitor to the staff provider when they asked for a staff page (or for staff sign-in)
 * and to the resident provider otherwise.
 */
@Controller
class SignInController {

    static final String PATH = "/sign-in";
    static final String AUTHORIZATION_PATH = "/oauth2/authorization/";
    private static final String SPRING_SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final IdentityProperties properties;

    SignInController(IdentityProperties properties) {
        this.properties = properties;
    }

    @GetMapping(PATH)
    String signIn(@RequestParam(name = "as", required = false) String audience, HttpServletRequest request) {
        boolean staff = "staff".equals(audience) || asksForStaffPage(request.getSession(false));
        String registration = staff ? properties.staffRegistration() : properties.residentRegistration();
        return "redirect:" + AUTHORIZATION_PATH + registration;
    }

    private static boolean asksForStaffPage(HttpSession session) {
        if (session == null) {
            return false;
        }
        // the same precedence as the success handler that returns the visitor afterwards
        if (session.getAttribute(SPRING_SAVED_REQUEST) instanceof SavedRequest saved) {
            return isStaffPath(URI.create(saved.getRedirectUrl()).getPath());
        }
        if (session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT) instanceof String path) {
            return isStaffPath(path.startsWith("/") ? path : "/" + path);
        }
        return false;
    }

    static boolean isStaffPath(String path) {
        return path.equals("/staff") || path.startsWith("/staff/");
    }
}

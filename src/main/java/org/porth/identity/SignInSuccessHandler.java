package org.porth.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import org.porth.shared.Language;
import org.porth.shared.LanguageChoice;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * After sign-in: puts the person's language on this device (their saved choice, else the language
 * their provider reports), then returns them to the page they asked for, or to their start page.
 */
@Component
class SignInSuccessHandler extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    static final String STAFF_START = "/staff";

    private final LanguagePreferences preferences;
    private final IdentityProperties properties;

    SignInSuccessHandler(LanguagePreferences preferences, IdentityProperties properties) {
        this.preferences = preferences;
        this.properties = properties;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        preferences.current()
                .or(() -> claimedLanguage(authentication))
                .ifPresent(language -> LanguageChoice.remember(response, language, request.isSecure()));
        request.getSession().removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        String target = super.determineTargetUrl(request, response, authentication);
        return target.equals(getDefaultTargetUrl()) && isStaffSignIn(authentication) ? STAFF_START : target;
    }

    private boolean isStaffSignIn(Authentication authentication) {
        return authentication instanceof OAuth2AuthenticationToken token
                && token.getAuthorizedClientRegistrationId().equals(properties.staffRegistration());
    }

    private static Optional<Language> claimedLanguage(Authentication authentication) {
        return authentication.getPrincipal() instanceof OidcUser user
                ? Language.fromCode(user.getLocale())
                : Optional.empty();
    }
}

package org.porth.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.porth.shared.LanguageChoice;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Acts on a language link ({@code ?lang=cy}) on any page: remembers the choice on this device and,
 * for a signed-in person, with their account (not on the embedded provider's own pages, whose
 * sign-in is the provider's, not the portal's).
 */
class LanguageChoiceFilter extends OncePerRequestFilter {

    private final CurrentUser currentUser;
    private final LanguagePreferences preferences;

    LanguageChoiceFilter(CurrentUser currentUser, LanguagePreferences preferences) {
        this.currentUser = currentUser;
        this.preferences = preferences;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod())) {
            LanguageChoice.chosen(request).ifPresent(language -> {
                LanguageChoice.remember(response, language, request.isSecure());
                if (currentUser.isSignedIn() && !request.getRequestURI().startsWith("/idp/")) {
                    preferences.choose(language);
                }
            });
        }
        chain.doFilter(request, response);
    }
}

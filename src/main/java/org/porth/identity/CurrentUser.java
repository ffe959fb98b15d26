package org.porth.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.shared.Language;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Who is using the portal right now. Ask this, never the security context or the token. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || authentication instanceof SystemTaskAuthentication) {
            return Optional.empty();
        }
        return Optional.of(toUser(authentication));
    }

    /**
     * The signed-in person's email address, only when their sign-in service says it has verified
     * it ({@code email_verified}): enough to trust that they own it, e.g. to find their records.
     */
    public Optional<String> verifiedEmail() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user
                && Boolean.TRUE.equals(user.getEmailVerified())) {
            return Optional.ofNullable(user.getEmail()).filter(email -> !email.isBlank());
        }
        return Optional.empty();
    }

    /** The language the signed-in person's sign-in service says they read ({@code locale}), if Porth has it. */
    public Optional<Language> claimedLanguage() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof OidcUser user
                ? Language.fromCode(user.getLocale())
                : Optional.empty();
    }

    /**
     * The resident an API app acts for, when a resident let it ({@link ApiClientPrincipal}): their
     * resident id, which resident services use instead of a sign-in account.
     */
    public Optional<String> actingForResident() {
        return apiClient().flatMap(ApiClientPrincipal::residentId);
    }

    /** The API client calling, if this is a call to the REST API. */
    public Optional<ApiClientPrincipal> apiClient() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ApiClientPrincipal caller
                ? Optional.of(caller)
                : Optional.empty();
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    static SignedInUser toUser(Authentication authentication) {
        Set<Role> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Role.fromAuthority(authority).stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        if (authentication.getPrincipal() instanceof ApiClientPrincipal caller) {
            return new SignedInUser(caller.callerId(), caller.clientName(), null, roles);
        }
        if (authentication.getPrincipal() instanceof OidcUser oidcUser
                && authentication instanceof OAuth2AuthenticationToken token) {
            String id = token.getAuthorizedClientRegistrationId() + ":" + oidcUser.getSubject();
            return new SignedInUser(id, displayName(oidcUser), oidcUser.getEmail(), roles);
        }
        return new SignedInUser(authentication.getName(), authentication.getName(), null, roles);
    }

    private static String displayName(OidcUser user) {
        if (user.getFullName() != null) {
            return user.getFullName();
        }
        if (user.getGivenName() != null) {
            return user.getFamilyName() == null ? user.getGivenName()
                    : user.getGivenName() + " " + user.getFamilyName();
        }
        return user.getEmail() != null ? user.getEmail() : user.getSubject();
    }
}

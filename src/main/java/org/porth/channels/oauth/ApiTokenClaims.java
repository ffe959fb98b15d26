package org.porth.channels.oauth;

import java.util.Set;

import org.porth.channels.internal.ApiClientStore;
import org.porth.identity.Role;
import org.porth.identity.SystemTask;
import org.porth.resident.ResidentProfiles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What an API client's access token says: {@code client_id} and {@code client_name} (with
 * {@code sub} and {@code scope} as the server sets them), and for an app acting for a resident,
 * {@code resident_id} and the {@code authorization_id} that removing the app deletes.
 */
final class ApiTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String CLIENT_ID = "client_id";
    static final String CLIENT_NAME = "client_name";
    static final String RESIDENT_ID = "resident_id";
    static final String AUTHORIZATION_ID = "authorization_id";
    /** The sign-in registration residents use: their account ids start with it (CurrentUser). */
    private static final String RESIDENT_REGISTRATION = "resident";
    private static final Set<String> STAFF_ROLES = Set.of(Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME);

    private final ApiClientStore apiClients;
    private final ResidentProfiles residents;

    ApiTokenClaims(ApiClientStore apiClients, ResidentProfiles residents) {
        this.apiClients = apiClients;
        this.residents = residents;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        String clientId = context.getRegisteredClient().getClientId();
        if (apiClients.findActive(clientId).isEmpty()) {
            return;
        }
        context.getClaims().claim(CLIENT_ID, clientId).claim(CLIENT_NAME, context.getRegisteredClient().getClientName());
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return;
        }
        Authentication resident = context.getPrincipal();
        String accountId = residentAccount(resident);
        String residentId = SystemTask.API_TOKENS.run(() -> residents.residentForAccount(accountId, resident.getName()))
                .value().toString();
        context.getClaims().claim(RESIDENT_ID, residentId).claim(AUTHORIZATION_ID, context.getAuthorization().getId());
    }

    /** The resident's account id as the portal knows it; staff cannot let an app act for them. */
    private static String residentAccount(Authentication principal) {
        if (principal instanceof OAuth2AuthenticationToken portalSignIn) {
            // the portal's own sign-in (prod): only a resident's
            if (!RESIDENT_REGISTRATION.equals(portalSignIn.getAuthorizedClientRegistrationId())) {
                throw refused();
            }
            return RESIDENT_REGISTRATION + ":" + portalSignIn.getName();
        }
        // the embedded provider's sign-in: a resident's account has no staff role
        boolean staff = principal.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> STAFF_ROLES.contains(authority) || Role.fromAuthority(authority).filter(Role::isStaff).isPresent());
        if (staff) {
            throw refused();
        }
        return RESIDENT_REGISTRATION + ":" + principal.getName();
    }

    private static OAuth2AuthenticationException refused() {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED,
                "Only a resident can let an app act for them", null));
    }
}

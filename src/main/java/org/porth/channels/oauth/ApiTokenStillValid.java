package org.porth.channels.oauth;

import java.util.List;

import org.porth.channels.ApiScope;
import org.porth.channels.internal.ActiveClients;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token Porth issued is good for the API only while its client is registered and not revoked,
 * and may still use every scope in the token (an administrator may have taken one away), and, for an app acting for a resident, while the resident has not removed it: removing takes
 * effect at once, revoking within {@link ActiveClients#KEPT}, not when the token expires.
 */
final class ApiTokenStillValid implements OAuth2TokenValidator<Jwt> {

    private static final String SCOPE = "scope";

    private final ActiveClients clients;
    private final JdbcClient jdbc;

    ApiTokenStillValid(ActiveClients clients, JdbcClient jdbc) {
        this.clients = clients;
        this.jdbc = jdbc;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String clientId = token.getClaimAsString(ApiTokenClaims.CLIENT_ID);
        if (clientId == null || !clients.isActive(clientId)) {
            return refused("The token's client is not a registered API client, or it was revoked");
        }
        List<String> scopes = token.getClaimAsStringList(SCOPE);
        if (scopes != null && !scopes.stream().allMatch(scope -> ApiScope.of(scope)
                .filter(clients.scopes(clientId)::contains).isPresent())) {
            return refused("The token has a scope its client may no longer use");
        }
        if (token.hasClaim(ApiTokenClaims.RESIDENT_ID) && !stillAllowed(token.getClaimAsString(ApiTokenClaims.AUTHORIZATION_ID))) {
            return refused("The resident removed this app");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private boolean stillAllowed(String authorizationId) {
        return authorizationId != null && jdbc.sql("select count(*) from oauth2_authorization where id = ?")
                .param(authorizationId).query(Long.class).single() > 0;
    }

    private static OAuth2TokenValidatorResult refused(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}

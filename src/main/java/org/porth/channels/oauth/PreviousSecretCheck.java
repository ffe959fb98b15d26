package org.porth.channels.oauth;

import java.time.Clock;

import org.porth.channels.internal.ApiClientStore;
import org.porth.channels.internal.ApiSecrets;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * After a rotation, an API client's previous secret still gets tokens (client credentials, refresh) until its
 * grace period ends. Asked before the authorization server's own secret check, which knows only the
 * current secret: anything else it leaves to that check (answers null).
 */
final class PreviousSecretCheck implements AuthenticationProvider {

    private final ApiClientStore store;
    private final ApiSecrets secrets;
    private final RegisteredClientRepository clients;
    private final Clock clock;

    PreviousSecretCheck(ApiClientStore store, ApiSecrets secrets, RegisteredClientRepository clients, Clock clock) {
        this.store = store;
        this.secrets = secrets;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var attempt = (OAuth2ClientAuthenticationToken) authentication;
        boolean withSecret = ClientAuthenticationMethod.CLIENT_SECRET_BASIC.equals(attempt.getClientAuthenticationMethod())
                || ClientAuthenticationMethod.CLIENT_SECRET_POST.equals(attempt.getClientAuthenticationMethod());
        // not an authorization code exchange: that also proves PKCE, which only the main check does
        boolean codeExchange = AuthorizationGrantType.AUTHORIZATION_CODE.getValue()
                .equals(attempt.getAdditionalParameters().get(OAuth2ParameterNames.GRANT_TYPE));
        if (!withSecret || codeExchange || !(attempt.getCredentials() instanceof String secret)) {
            return null;
        }
        String clientId = attempt.getPrincipal().toString();
        return store.findActive(clientId)
                .filter(row -> row.previousSecretWorksAt(clock.instant()))
                .filter(row -> secrets.matches(secret, row.previousSecretHash()))
                .map(row -> new OAuth2ClientAuthenticationToken(clients.findByClientId(clientId),
                        attempt.getClientAuthenticationMethod(), secret))
                .orElse(null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

package org.porth.channels.oauth;

import java.time.Duration;

import org.porth.channels.ApiScope;
import org.porth.channels.internal.ApiClientRow;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * An API client as the authorization server sees it: client credentials with its secret, and for
 * an app that acts for residents also authorization code with PKCE (without a secret for an app
 * that cannot keep one), always asking the resident's consent.
 */
final class ApiRegisteredClients {

    /** Short, so a token outlives little; a revoked client's tokens are refused at once anyway (ApiTokenStillValid). */
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(10);
    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);

    private ApiRegisteredClients() {
    }

    static RegisteredClient of(ApiClientRow row) {
        RegisteredClient.Builder client = RegisteredClient.withId(row.id())
                .clientId(row.clientId())
                .clientName(row.name())
                .clientSecret(row.secretHash())
                .clientIdIssuedAt(row.registeredAt())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> row.scopeSet().stream().map(ApiScope::value).forEach(scopes::add))
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(true).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME)
                        .refreshTokenTimeToLive(REFRESH_TOKEN_LIFETIME).reuseRefreshTokens(false).build());
        if (!row.redirectUriList().isEmpty()) {
            client.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .redirectUris(uris -> uris.addAll(row.redirectUriList()));
        }
        return client.build();
    }
}

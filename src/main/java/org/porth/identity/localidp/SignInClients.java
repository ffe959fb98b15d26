package org.porth.identity.localidp;

import java.util.List;

import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerProperties;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * The portal's own sign-in clients of the embedded provider, from
 * {@code spring.security.oauth2.authorizationserver.client.*} (the parts Porth sets). The
 * authorization server's client list (channels, decision 0033) adds the API clients to them; Spring
 * Boot's own list from these properties steps aside for it.
 */
final class SignInClients {

    private SignInClients() {
    }

    static InMemoryRegisteredClientRepository of(OAuth2AuthorizationServerProperties properties) {
        List<RegisteredClient> clients = properties.getClient().entrySet().stream().map(entry -> {
            var client = entry.getValue();
            var registration = client.getRegistration();
            return RegisteredClient.withId(entry.getKey())
                    .clientId(registration.getClientId())
                    .clientSecret(registration.getClientSecret())
                    .clientName(registration.getClientName() == null ? registration.getClientId() : registration.getClientName())
                    .clientAuthenticationMethods(methods -> registration.getClientAuthenticationMethods().stream()
                            .map(ClientAuthenticationMethod::new).forEach(methods::add))
                    .authorizationGrantTypes(grants -> registration.getAuthorizationGrantTypes().stream()
                            .map(AuthorizationGrantType::new).forEach(grants::add))
                    .redirectUris(uris -> uris.addAll(registration.getRedirectUris()))
                    .postLogoutRedirectUris(uris -> uris.addAll(registration.getPostLogoutRedirectUris()))
                    .scopes(scopes -> scopes.addAll(registration.getScopes()))
                    .clientSettings(ClientSettings.builder().requireProofKey(client.isRequireProofKey())
                            .requireAuthorizationConsent(client.isRequireAuthorizationConsent()).build())
                    .build();
        }).toList();
        return new InMemoryRegisteredClientRepository(clients);
    }
}

package org.porth.channels.oauth;

import java.util.Optional;

import org.porth.channels.internal.ApiClientStore;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Every client of Porth's authorization server: the API clients administrators register (in the
 * database; a revoked one is not found, so it is refused at once) and, while the embedded sign-in
 * provider is on, the portal's own sign-in clients from its properties.
 */
final class AuthorizationServerClients implements RegisteredClientRepository {

    private final ApiClientStore apiClients;
    private final Optional<InMemoryRegisteredClientRepository> signInClients;

    AuthorizationServerClients(ApiClientStore apiClients, Optional<InMemoryRegisteredClientRepository> signInClients) {
        this.apiClients = apiClients;
        this.signInClients = signInClients;
    }

    /**
     * The server saves a client only to upgrade its secret's hash after a sign-in (the sign-in clients'
     * {@code {noop}} secrets): kept in memory for those, as Spring Boot's own list did. API clients'
     * {@code {bcrypt}} hashes need no upgrade, and they change only through ApiClients.
     */
    @Override
    public void save(RegisteredClient registeredClient) {
        signInClients.filter(clients -> clients.findById(registeredClient.getId()) != null)
                .ifPresent(clients -> clients.save(registeredClient));
    }

    @Override
    public RegisteredClient findById(String id) {
        return signInClients.map(clients -> clients.findById(id))
                .or(() -> apiClients.findActiveById(id).map(ApiRegisteredClients::of))
                .orElse(null);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return signInClients.map(clients -> clients.findByClientId(clientId))
                .or(() -> apiClients.findActive(clientId).map(ApiRegisteredClients::of))
                .orElse(null);
    }
}

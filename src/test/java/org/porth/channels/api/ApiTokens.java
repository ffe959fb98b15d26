package org.porth.channels.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.Arrays;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Access tokens as Porth's authorization server issues them (the contract with API client
 * registration): {@code sub}, {@code client_id}, {@code client_name}, {@code scope} and, for a token a
 * resident gave an app, {@code resident_id}; the scopes as {@code SCOPE_} authorities.
 */
final class ApiTokens {

    private ApiTokens() {
    }

    static RequestPostProcessor client(String clientId, String... scopes) {
        return jwt().jwt(token -> token.subject(clientId).claim("client_id", clientId)
                        .claim("client_name", name(clientId)).claim("scope", String.join(" ", scopes)))
                .authorities(authorities(scopes));
    }

    static RequestPostProcessor residentsApp(String clientId, String residentId, String... scopes) {
        return jwt().jwt(token -> token.subject(residentId).claim("client_id", clientId)
                        .claim("client_name", name(clientId)).claim("scope", String.join(" ", scopes))
                        .claim("resident_id", residentId))
                .authorities(authorities(scopes));
    }

    private static GrantedAuthority[] authorities(String... scopes) {
        return Arrays.stream(scopes).map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope))
                .toArray(GrantedAuthority[]::new);
    }

    /** The name a client is registered with: "Client pothole-app" for {@code pothole-app}. */
    static String name(String clientId) {
        return "Client " + clientId;
    }
}

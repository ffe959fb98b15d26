package org.porth.identity;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The sign-in providers from {@code spring.security.oauth2.client.*}, with their endpoints given
 * explicitly (no discovery at start-up, which would call the embedded provider before it listens)
 * plus the end-session endpoint that discovery would otherwise have supplied for sign-out.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class ClientRegistrations {

    static final String END_SESSION_ENDPOINT = "end_session_endpoint";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties clients,
            IdentityProperties identity) {
        List<ClientRegistration> registrations = new OAuth2ClientPropertiesMapper(clients)
                .asClientRegistrations().values().stream()
                .map(registration -> withEndSession(registration, identity.endSessionUris()))
                .toList();
        return new InMemoryClientRegistrationRepository(registrations);
    }

    private static ClientRegistration withEndSession(ClientRegistration registration, Map<String, String> uris) {
        String uri = uris.get(registration.getRegistrationId());
        if (uri == null) {
            return registration;
        }
        return ClientRegistration.withClientRegistration(registration)
                .providerConfigurationMetadata(Map.of(END_SESSION_ENDPOINT, uri))
                .build();
    }
}

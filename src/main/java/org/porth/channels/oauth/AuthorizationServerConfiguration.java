package org.porth.channels.oauth;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.porth.channels.internal.ApiClientStore;
import org.porth.channels.internal.ApiSecrets;
import org.porth.resident.ResidentProfiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Porth's authorization server, in every profile (decision 0033): its clients (API clients, and the
 * sign-in clients while the embedded provider is on), its signing key shared through the database,
 * its authorizations and residents' consents in the database. Whichever filter chain serves its
 * endpoints (the embedded provider's, or in prod {@link ProductionAuthorizationServer}) applies
 * {@link #apiAuthorizationServer} for the consent page, rotated secrets and the API tokens' claims.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final String CONSENT_PAGE = "/oauth2/consent";

    @Bean
    JWKSource<SecurityContext> tokenSigningKey(JdbcClient jdbc, Clock clock) {
        return new StoredSigningKey(jdbc, clock);
    }

    /** The sign-in clients of the embedded provider (a bean only while it is on) and the API clients. */
    @Bean
    @Primary
    RegisteredClientRepository authorizationServerClients(ApiClientStore apiClients,
            ObjectProvider<InMemoryRegisteredClientRepository> signInClients) {
        return new AuthorizationServerClients(apiClients, Optional.ofNullable(signInClients.getIfAvailable()));
    }

    /** Every sign-in's and token's authorization in the database: shared by every node, purged when expired. */
    @Bean
    OAuth2AuthorizationService authorizations(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    /** What each resident allowed each app to do: listed, and removable, in My account. */
    @Bean
    OAuth2AuthorizationConsentService consents(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    /**
     * A {@link Consumer}, not a Spring Security {@code Customizer}: Spring Security 7 applies every
     * {@code Customizer} bean of a configurer to every filter chain, which would put the authorization
     * server's endpoints in all of them.
     */
    @Bean
    Consumer<OAuth2AuthorizationServerConfigurer> apiAuthorizationServer(JWKSource<SecurityContext> signingKey,
            ApiClientStore apiClients, ApiSecrets secrets, RegisteredClientRepository clients, ResidentProfiles residents,
            ObjectProvider<OAuth2TokenCustomizer<JwtEncodingContext>> signInClaims, Clock clock) {
        var apiClaims = new ApiTokenClaims(apiClients, residents);
        var previousSecrets = new PreviousSecretCheck(apiClients, secrets, clients, clock);
        return server -> {
            JwtGenerator jwts = new JwtGenerator(new NimbusJwtEncoder(signingKey));
            OAuth2TokenCustomizer<JwtEncodingContext> signIn = signInClaims.getIfAvailable();
            jwts.setJwtCustomizer(context -> {
                if (signIn != null) {
                    signIn.customize(context);
                }
                apiClaims.customize(context);
            });
            server.tokenGenerator(new DelegatingOAuth2TokenGenerator(jwts, new OAuth2AccessTokenGenerator(),
                    new OAuth2RefreshTokenGenerator()));
            server.tokenEndpoint(endpoint -> endpoint.accessTokenRequestConverters(
                    converters -> converters.addFirst(new AllScopesByDefault())));
            server.authorizationEndpoint(endpoint -> endpoint.consentPage(CONSENT_PAGE));
            server.clientAuthentication(authentication -> authentication
                    .authenticationProviders(providers -> providers.addFirst(previousSecrets)));
        };
    }
}

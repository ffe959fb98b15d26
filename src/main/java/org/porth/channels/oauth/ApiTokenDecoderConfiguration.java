package org.porth.channels.oauth;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.porth.channels.internal.ActiveClients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

/**
 * The {@link JwtDecoder} the API's resource server uses, in every profile: Porth's own tokens,
 * checked against the shared signing key (once per token: {@link VerifiedTokens}), the issuer, their
 * lifetime and {@link ApiTokenStillValid} (on every call);
 * or, with {@code porth.api.issuer-uri} set, another OIDC provider's (found from its discovery
 * document on first use, so start-up does not wait for it).
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenDecoderConfiguration {

    @Bean
    JwtDecoder apiTokenDecoder(@Value("${porth.api.issuer-uri:}") String outsideIssuer,
            JWKSource<SecurityContext> signingKey, AuthorizationServerSettings settings, ActiveClients clients,
            JdbcClient jdbc) {
        if (!outsideIssuer.isBlank()) {
            return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(outsideIssuer));
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(signingKey).build();
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(settings.getIssuer()), new ApiTokenStillValid(clients, jdbc));
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator);
    }
}

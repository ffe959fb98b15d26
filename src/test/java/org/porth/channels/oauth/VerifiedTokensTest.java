package org.porth.channels.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** A kept token skips only its signature: its lifetime is checked on every call, and another token is checked in full. */
class VerifiedTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-12-07T10:00:00Z");

    private final RSAKey key = key();
    private final MovableClock clock = new MovableClock();
    private final JwtTimestampValidator lifetime = lifetime(clock);
    private final AtomicInteger signaturesChecked = new AtomicInteger();
    private final VerifiedTokens tokens = new VerifiedTokens(counting(), lifetime);

    @Test
    void aTokenSentAgainIsNotVerifiedAgainButStillExpires() {
        String token = token(Duration.ofMinutes(5));

        assertThat(tokens.decode(token).getSubject()).isEqualTo("client-1");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("client-1");
        assertThat(signaturesChecked).as("the signature is checked once").hasValue(1);

        clock.now = ISSUED.plus(Duration.ofMinutes(6));
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void anotherClientsNameInAKeptTokensPlaceIsCheckedInFullAndRefused() {
        String token = token(Duration.ofMinutes(5));
        tokens.decode(token);
        String payload = token.split("\\.")[1];
        String claims = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        String forged = token.replace(payload, Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace("client-1", "client-2").getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("signature");
    }

    private String token(Duration lifetime) {
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("client-1").issuedAt(ISSUED).expiresAt(ISSUED.plus(lifetime))
                .build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))).encode(JwtEncoderParameters.from(claims))
                .getTokenValue();
    }

    private JwtDecoder counting() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(publicKey()).build();
        nimbus.setJwtValidator(lifetime);
        return token -> {
            signaturesChecked.incrementAndGet();
            return nimbus.decode(token);
        };
    }

    private RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtTimestampValidator lifetime(Clock clock) {
        JwtTimestampValidator validator = new JwtTimestampValidator(Duration.ZERO);
        validator.setClock(clock);
        return validator;
    }

    private static RSAKey key() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID("test").build();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = ISSUED.plusSeconds(1);

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

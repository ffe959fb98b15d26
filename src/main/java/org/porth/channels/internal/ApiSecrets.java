package org.porth.channels.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Client ids and secrets: a secret is 256 random bits, shown once and kept only as a
 * {@code {bcrypt}} hash, the form the authorization server's password check reads.
 */
@Component
public class ApiSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public String newClientId() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        return "porth-" + HexFormat.of().formatHex(bytes);
    }

    public String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hash(String secret) {
        return encoder.encode(secret);
    }

    public boolean matches(String secret, String hash) {
        return secret != null && hash != null && encoder.matches(secret, hash);
    }
}

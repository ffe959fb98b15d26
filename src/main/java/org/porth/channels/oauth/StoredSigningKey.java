package org.porth.channels.oauth;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The authorization server's signing key, kept in the database so that every node signs with the
 * same key and checks every node's tokens: the first node to start makes it (the others find it).
 * Read once, on first use, then held for the life of the process.
 */
final class StoredSigningKey implements JWKSource<SecurityContext> {

    private static final String ID = "current";

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile JWKSet keys;

    StoredSigningKey(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(keys());
    }

    private JWKSet keys() {
        JWKSet loaded = keys;
        if (loaded == null) {
            loaded = new JWKSet(loadOrMake());
            keys = loaded;
        }
        return loaded;
    }

    private JWK loadOrMake() {
        // two nodes starting at once both try; the key is the first one stored
        jdbc.sql("insert into token_signing_key (id, jwk, created_at) values (?, ?, ?) on conflict do nothing")
                .params(ID, newKey().toJSONString(), clock.instant().atOffset(ZoneOffset.UTC)).update();
        String stored = jdbc.sql("select jwk from token_signing_key where id = ?").param(ID).query(String.class).single();
        try {
            return JWK.parse(stored);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored token signing key cannot be read", e);
        }
    }

    private static RSAKey newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

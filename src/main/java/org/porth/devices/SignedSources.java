package org.porth.devices;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.porth.shared.StandardWebhooks;

/**
 * Gateways that can sign but not fetch a token send alerts signed as Standard Webhooks sign them:
 * {@code webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">} with the source's secret
 * ({@code porth.devices.signing-secrets.<source>=whsec_<base64>}), a {@code webhook-id}, and a
 * {@code webhook-timestamp} within 5 minutes of now (older or newer is a replay or a wrong clock).
 */
@Service
@EnableConfigurationProperties(SignedSources.Secrets.class)
public class SignedSources {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final Secrets secrets;
    private final Clock clock;

    SignedSources(Secrets secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The secrets of the sources that sign, by source. */
    @ConfigurationProperties("porth.devices")
    public record Secrets(Map<String, String> signingSecrets) {
        public Secrets {
            signingSecrets = signingSecrets == null ? Map.of() : Map.copyOf(signingSecrets);
        }
    }

    /**
     * Whether the source signed this body: checked before anyone is signed in (the signature is the
     * sign-in), so open to all callers.
     */
    @PreAuthorize("permitAll()")
    public boolean signedBy(String source, String id, String timestamp, String signatures, byte[] body) {
        String secret = source == null ? null : secrets.signingSecrets().get(source);
        if (secret == null || id == null || timestamp == null || signatures == null) {
            return false;
        }
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException notSeconds) {
            return false;
        }
        if (Duration.between(sent, clock.instant()).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        byte[] expected = StandardWebhooks.hmac(secret, id, timestamp.strip(), body);
        for (String signature : signatures.trim().split(" +")) {
            if (signature.startsWith("v1,") && MessageDigest.isEqual(expected, decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }
}

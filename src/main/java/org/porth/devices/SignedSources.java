package org.porth.devices;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

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
    private static final String PREFIX = "whsec_";

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
        byte[] expected = sign(secret, id + "." + timestamp.strip() + ".", body);
        for (String signature : signatures.trim().split(" +")) {
            if (signature.startsWith("v1,") && MessageDigest.isEqual(expected, decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    /** The v1 signature of a body (for gateways' test tools and tests). */
    public static String signature(String secret, String id, String timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(sign(secret, id + "." + timestamp + ".", body));
    }

    private static byte[] sign(String secret, String head, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.startsWith(PREFIX)
                    ? secret.substring(PREFIX.length()) : secret), "HmacSHA256"));
            mac.update(head.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The signing secret of a device source is not base64", e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }
}

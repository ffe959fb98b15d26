package org.porth.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks 1.0 signing, for the webhooks Porth sends and the signed alerts it receives: a
 * secret is {@code whsec_} and 32 random bytes in base64; a signature is {@code v1,} and the base64
 * HMAC-SHA256, keyed with those bytes, of {@code id.timestamp.body}.
 */
public final class StandardWebhooks {

    private static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private StandardWebhooks() {
    }

    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header's value for the message. */
    public static String signature(String secret, String id, String timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(secret, id, timestamp, body));
    }

    /** The signature's bytes, to compare in constant time with those a sender gave. */
    public static byte[] hmac(String secret, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.startsWith(PREFIX)
                    ? secret.substring(PREFIX.length()) : secret), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A Standard Webhooks secret is whsec_ and base64", e);
        }
    }
}

package org.porth.devices;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Standard Webhooks' v1 signature: base64 of HMAC-SHA256 over {@code id.timestamp.body}, keyed by the secret. */
public final class WebhookSignatures {

    private static final String PREFIX = "whsec_";

    private WebhookSignatures() {
    }

    /** The {@code webhook-signature} header's value for a body (for gateways' test tools and tests). */
    public static String signature(String secret, String id, String timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(sign(secret, id, timestamp, body));
    }

    static byte[] sign(String secret, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.startsWith(PREFIX)
                    ? secret.substring(PREFIX.length()) : secret), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The signing secret of a device source is not base64", e);
        }
    }
}

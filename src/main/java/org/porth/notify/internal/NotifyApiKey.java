package org.porth.notify.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A GOV.UK Notify API key, {@code <key name>-<service id>-<secret key>} (both ids are UUIDs, 36
 * characters), and the bearer token Notify asks for on each request: a JWT signed with the secret
 * key (HS256) whose {@code iss} is the service id and {@code iat} the time now in seconds (Notify
 * refuses one more than 30 seconds off its clock).
 */
record NotifyApiKey(String serviceId, String secret) {

    private static final int UUID_LENGTH = 36;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** @throws IllegalArgumentException when the key is not in Notify's form */
    static NotifyApiKey parse(String apiKey) {
        if (apiKey == null || apiKey.length() < 2 * UUID_LENGTH + 2) {
            throw new IllegalArgumentException("A GOV.UK Notify API key is <name>-<service id>-<secret key>");
        }
        int length = apiKey.length();
        return new NotifyApiKey(apiKey.substring(length - 2 * UUID_LENGTH - 1, length - UUID_LENGTH - 1),
                apiKey.substring(length - UUID_LENGTH));
    }

    String bearerToken(Instant now) {
        String header = encode("{\"typ\":\"JWT\",\"alg\":\"HS256\"}");
        String claims = encode("{\"iss\":\"" + serviceId + "\",\"iat\":" + now.getEpochSecond() + "}");
        String signed = header + "." + claims;
        return signed + "." + BASE64URL.encodeToString(hmac(signed));
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "NotifyApiKey[serviceId=" + serviceId + "]"; // never the secret, in a log or an error
    }
}

package org.porth.channels.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.util.MultiValueMap;

/**
 * What a client sent, as a SHA-256 of every field but its key (in name order, so the order fields come
 * in does not matter), and the repeat window it came in: the same report sent again by the same client
 * within {@link #WINDOW} is the same report, e.g. a retry after a time-out.
 */
record Fingerprint(String hash, long slot) {

    /** Long enough for a client's retries, short enough that a second report of the same thing next day counts. */
    static final Duration WINDOW = Duration.ofMinutes(10);

    static Fingerprint of(String serviceCode, MultiValueMap<String, String> form, Instant at) {
        Map<String, List<String>> sorted = new TreeMap<>(form);
        sorted.remove("api_key");
        sorted.put("service_code", List.of(serviceCode));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            sorted.forEach((name, values) -> {
                digest.update(field(name));
                values.forEach(value -> digest.update(field(value == null ? "" : value)));
            });
            return new Fingerprint(HexFormat.of().formatHex(digest.digest()), at.getEpochSecond() / WINDOW.toSeconds());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Length-prefixed, so no two different forms run together into the same bytes. */
    private static byte[] field(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return (bytes.length + ":" + text).getBytes(StandardCharsets.UTF_8);
    }
}
